using KnowledgeApi.GraphQL.Types;
using KnowledgeApi.GraphQL.Types.Building;

namespace KnowledgeApi.GraphQL.Tests.Types;

public sealed class NamingTests
{
    [Theory]
    [InlineData("Title", "title")]
    [InlineData("URLValue", "urlValue")]
    [InlineData("ID", "id")]
    [InlineData("Id", "id")]
    [InlineData("alreadyCamel", "alreadyCamel")]
    public void Members_are_camel_cased(string clrName, string graphQLName) =>
        Assert.Equal(graphQLName, Naming.ToCamelCase(clrName));

    [Theory]
    [InlineData("FooBar", "FOO_BAR")]
    [InlineData("HTTPServer", "HTTP_SERVER")]
    [InlineData("Value1", "VALUE1")]
    [InlineData("A", "A")]
    public void Enum_values_are_upper_snake_cased(string clrName, string graphQLName) =>
        Assert.Equal(graphQLName, Naming.ToUpperSnakeCase(clrName));

    [Theory]
    [InlineData(nameof(Members.GetArticles), "articles")]
    [InlineData(nameof(Members.GetArticlesAsync), "articles")]
    [InlineData(nameof(Members.Getaway), "getaway")]
    [InlineData(nameof(Members.Async), "async")]
    public void Method_names_lose_get_and_async(string methodName, string fieldName) =>
        Assert.Equal(fieldName, Naming.FieldName(typeof(Members).GetMethod(methodName)!));

    [Fact]
    public void Type_names_drop_the_interface_i_add_input_and_spell_out_generic_arguments()
    {
        Assert.Equal("EntityLike", Naming.TypeName(typeof(IEntityLike), TypeKind.Interface));
        Assert.Equal("MembersInput", Naming.TypeName(typeof(Members), TypeKind.InputObject));
        Assert.Equal("WrapperOfMembers", Naming.TypeName(typeof(Wrapper<Members>), TypeKind.Object));
        Assert.Equal("Renamed", Naming.TypeName(typeof(NamedByAttribute), TypeKind.Object));
        Assert.Equal("Article", Naming.SchemaClassName(typeof(ArticleType)));
    }

    private interface IEntityLike;

    private sealed class Wrapper<T>;

    [GraphQLName("Renamed")]
    private sealed class NamedByAttribute;

    private sealed class ArticleType;

    private sealed class Members
    {
        public string GetArticles() => string.Empty;

        public Task<string> GetArticlesAsync() => Task.FromResult(string.Empty);

        public string Getaway() => string.Empty;

        public string Async() => string.Empty;
    }
}
