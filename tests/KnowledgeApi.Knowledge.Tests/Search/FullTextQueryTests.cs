using KnowledgeApi.Knowledge.Search;

namespace KnowledgeApi.Knowledge.Tests.Search;

public sealed class FullTextQueryTests
{
    [Theory]
    [InlineData("Lopez Obrador", "\"Lopez\" \"Obrador\"")]
    [InlineData("  López   Obrador  ", "\"López\" \"Obrador\"")]
    [InlineData("AMLO's \"censorship\"", "\"AMLO\" \"s\" \"censorship\"")]
    [InlineData("title:Trump OR NOT NEAR(a b)", "\"title\" \"Trump\" \"OR\" \"NOT\" \"NEAR\" \"a\" \"b\"")]
    [InlineData("-coup* ^Mexico", "\"coup\" \"Mexico\"")]
    [InlineData("27,000 soldiers", "\"27\" \"000\" \"soldiers\"")]
    public void Every_word_becomes_a_quoted_string_and_everything_else_a_separator(string text, string expected)
    {
        Assert.Equal(expected, FullTextQuery.From(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"\" * - ^ : ( )")]
    [InlineData(null)]
    public void Text_without_words_gives_no_query(string? text)
    {
        Assert.Null(FullTextQuery.From(text));
    }

    [Fact]
    public void Letters_outside_the_basic_plane_and_combining_marks_stay_inside_words()
    {
        // "e" + combining acute accent, and a CJK letter outside the BMP.
        Assert.Equal(["Me\u0301xico", "𠀋𠀋"], FullTextQuery.Words("Me\u0301xico, 𠀋𠀋!"));
    }

    [Fact]
    public void A_pasted_essay_is_cut_to_the_first_words()
    {
        var words = FullTextQuery.Words(string.Join(' ', Enumerable.Range(0, 100).Select(i => $"w{i}")));

        Assert.Equal(FullTextQuery.MaxWords, words.Count);
        Assert.Equal("w0", words[0]);
    }
}
