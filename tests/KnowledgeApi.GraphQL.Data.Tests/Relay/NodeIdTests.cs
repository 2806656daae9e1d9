using KnowledgeApi.GraphQL.Data.Relay;

namespace KnowledgeApi.GraphQL.Data.Tests.Relay;

/// <summary>Global IDs match Hot Chocolate 14's serializer examples (conventions §5.2), and legacy IDs still parse.</summary>
public sealed class NodeIdTests
{
    [Fact]
    public void IDs_are_base64_of_the_type_name_a_colon_and_the_value()
    {
        Assert.Equal("Rm9vOmFiYw==", NodeId.Format("Foo", "abc"));
        Assert.Equal("Rm9vOjMy", NodeId.Format("Foo", 32));
        Assert.Equal("Rm9vOjY0", NodeId.Format("Foo", 64L));
        Assert.Equal("Rm9vOgAAAAAAAAAAAAAAAAAAAAA=", NodeId.Format("Foo", Guid.Empty));
        Assert.Equal("Rm9vOg==", NodeId.Format("Foo", string.Empty));
    }

    [Theory]
    [InlineData("Rm9vOjMy", typeof(int), 32)]
    [InlineData("Rm9vOjY0", typeof(long), 64L)]
    [InlineData("Rm9vCmw2NA==", typeof(long), 64L)]
    [InlineData("Rm9vCmRhYmM=", typeof(string), "abc")]
    [InlineData("Rm9vOmFiYw==", typeof(string), "abc")]
    public void Current_and_legacy_IDs_parse(string id, Type valueType, object expected)
    {
        Assert.True(NodeId.TryParse(id, valueType, out var typeName, out var value));
        Assert.Equal("Foo", typeName);
        Assert.Equal(expected, value);
    }

    [Fact]
    public void Guids_round_trip_in_both_formats()
    {
        var guid = Guid.Parse("6f9619ff-8b86-d011-b42d-00c04fc964ff");

        Assert.True(NodeId.TryParse(NodeId.Format("Book", guid), typeof(Guid), out _, out var current));
        Assert.True(NodeId.TryParse(Convert.ToBase64String("Book\ng6f9619ff8b86d011b42d00c04fc964ff"u8.ToArray()), typeof(Guid), out _, out var legacy));

        Assert.Equal(guid, current);
        Assert.Equal(guid, legacy);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64")]
    [InlineData("Rm9v")] // "Foo": no separator.
    [InlineData("Rm9vOmFiYw==")] // "Foo:abc" is not an int.
    public void Malformed_IDs_do_not_parse_as_int(string id) =>
        Assert.False(NodeId.TryParse(id, typeof(int), out _, out _));
}
