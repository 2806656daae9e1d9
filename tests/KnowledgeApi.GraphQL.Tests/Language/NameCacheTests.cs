using System.Text;
using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.GraphQL.Tests.Language;

public sealed class NameCacheTests
{
    [Fact]
    public void A_name_seen_again_returns_the_same_string_instance()
    {
        var cache = new NameCache();

        var first = cache.Get("__typename"u8);
        var second = cache.Get("__typename"u8);

        Assert.Equal("__typename", first);
        Assert.Same(first, second);
    }

    [Theory]
    // Every length band of the key: picked bytes (1-3), two 4-byte words (4-7), two 8-byte words (8-16), and text compared beyond 16.
    [InlineData("a", "b")]
    [InlineData("ab", "ba")]
    [InlineData("abc", "acc")]
    [InlineData("abcde", "abdde")]
    [InlineData("abcdefghijkl", "abcdefXhijkl")]
    [InlineData("abcdefghijklmnop", "abcdefghXjklmnop")]
    // Same length, same first and last eight bytes: only the middle differs.
    [InlineData("abcdefgh_middle_one_abcdefgh", "abcdefgh_middle_two_abcdefgh")]
    public void Names_that_differ_in_one_byte_never_share_an_entry(string left, string right)
    {
        var cache = new NameCache();

        // Interleaved and repeated, so a wrong hit would return the other name.
        for (var round = 0; round < 3; round++)
        {
            Assert.Equal(left, cache.Get(Encoding.ASCII.GetBytes(left)));
            Assert.Equal(right, cache.Get(Encoding.ASCII.GetBytes(right)));
        }
    }

    [Fact]
    public void A_prefix_is_not_taken_for_the_longer_name()
    {
        var cache = new NameCache();

        Assert.Equal("idx", cache.Get("idx"u8));
        Assert.Equal("id", cache.Get("id"u8));
        Assert.Equal("i", cache.Get("i"u8));
        Assert.Equal("idx", cache.Get("idx"u8));
    }

    [Fact]
    public void Names_beyond_the_cached_length_and_the_empty_name_are_still_returned()
    {
        var cache = new NameCache();
        var longName = new string('n', 200);

        Assert.Equal(longName, cache.Get(Encoding.ASCII.GetBytes(longName)));
        Assert.Equal(string.Empty, cache.Get([]));
    }

    [Fact]
    public void Thousands_of_distinct_names_all_come_back_exactly()
    {
        // Far more names than entries: collisions evict, and every lookup must still be exact.
        var cache = new NameCache();
        for (var round = 0; round < 2; round++)
        {
            for (var i = 0; i < 5000; i++)
            {
                var name = "field" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                Assert.Equal(name, cache.Get(Encoding.ASCII.GetBytes(name)));
            }
        }
    }
}
