using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Execution.Analysis;
using KnowledgeApi.GraphQL.Types;
using KnowledgeApi.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeApi.GraphQL.Tests.Analysis;

/// <summary>Applied <c>@cost</c>/<c>@listSize</c> in the SDL, printed as Hot Chocolate prints them and accepted by graphql-js.</summary>
public sealed class CostSchemaPrintingTests
{
    [Fact]
    public void Applied_directives_are_printed_after_the_member_with_their_definitions()
    {
        using var services = CostSchema.Create();
        var sdl = services.GetRequiredService<IRequestExecutor>().Schema.Print();

        Assert.Contains("""  book(id: Int!): Book @cost(weight: "10")""", sdl, StringComparison.Ordinal);
        Assert.Contains("""  authors: [Author!]! @cost(weight: "3")""", sdl, StringComparison.Ordinal);
        Assert.Contains("""type Author @cost(weight: "4") {""", sdl, StringComparison.Ordinal);
        Assert.Contains(
            """  topBooks(first: Int): [Book!]! @listSize(assumedSize: 20, slicingArguments: ["first"], slicingArgumentDefaultValue: 5, requireOneSlicingArgument: false)""",
            sdl,
            StringComparison.Ordinal);
        Assert.Contains("""strictBooks(first: Int, last: Int): [Book!]! @listSize(slicingArguments: ["first", "last"])""", sdl, StringComparison.Ordinal);
        Assert.Contains("directive @cost(", sdl, StringComparison.Ordinal);
        Assert.Contains("directive @listSize(", sdl, StringComparison.Ordinal);
        Assert.Contains("requireOneSlicingArgument: Boolean = true\n) on FIELD_DEFINITION", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sdl_with_applied_directives_is_a_valid_schema_for_graphql_js()
    {
        using var services = CostSchema.Create();
        var sdl = services.GetRequiredService<IRequestExecutor>().Schema.Print();

        var errors = await GraphQLJs.Shared.CallAsync("validateSchemaSdl", new { sdl });

        Assert.Empty(errors.EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Without_cost_analysis_only_the_attributes_directives_are_applied()
    {
        var schema = SchemaBuilder.New().AddQueryType<ShelfQuery>().Create();
        var sdl = schema.Print();

        Assert.Contains("  book(id: Int!): Book\n", sdl, StringComparison.Ordinal);
        Assert.Contains("""  authors: [Author!]! @cost(weight: "3")""", sdl, StringComparison.Ordinal);
        Assert.Contains("directive @cost(", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public void A_schema_without_any_cost_directive_prints_no_definitions()
    {
        var schema = SchemaBuilder.New().AddQueryType(d => d.Name("Query").Field("hello").Type("String").Resolve(_ => "world")).Create();

        Assert.Equal("type Query {\n  hello: String\n}", schema.Print());
    }

    [Fact]
    public void Descriptors_apply_weights_and_list_sizes()
    {
        var schema = SchemaBuilder.New()
            .AddQueryType(d =>
            {
                d.Name("Query");
                d.Field("rating").Type("Float").Cost(2.5).Resolve(_ => 1.0);
                d.Field("tags")
                    .Argument("limit", a => a.Type("Int").Cost(1))
                    .Type("[String!]")
                    .ListSize(assumedSize: 3, slicingArguments: ["limit"], requireOneSlicingArgument: false)
                    .Resolve(_ => new[] { "a" });
            })
            .Create();

        Assert.Equal(
            """
            type Query {
              rating: Float @cost(weight: "2.5")
              tags(limit: Int @cost(weight: "1")): [String!] @listSize(assumedSize: 3, slicingArguments: ["limit"], requireOneSlicingArgument: false)
            }
            """,
            schema.Print()[schema.Print().IndexOf("type Query", StringComparison.Ordinal)..]);
    }

    [Fact]
    public async Task Object_types_take_a_weight_from_their_descriptor_and_enums_from_an_attribute()
    {
        var services = new ServiceCollection();
        services.AddGraphQL()
            .AddQueryType(d =>
            {
                d.Name("Query");
                d.Field("shelf").Type("Shelf").Resolve(_ => new object());
            })
            .AddType(new ObjectType(d =>
            {
                d.Name("Shelf").Cost(5);
                d.Field("genre").Type<EnumType<Genre>>().Resolve(_ => Genre.Poetry);
            }))
            .ModifyCostOptions(_ => { });
        await using var provider = services.BuildServiceProvider();
        var executor = provider.GetRequiredService<IRequestExecutor>();

        var sdl = executor.Schema.Print();
        var result = (ExecutionResult)await executor.ExecuteAsync(new GraphQLRequest
        {
            Query = "{ shelf { genre } }",
            ContextData = new Dictionary<string, object?> { [CostRequestContextKeys.ValidateCost] = true },
        });

        Assert.Contains("""type Shelf @cost(weight: "5") {""", sdl, StringComparison.Ordinal);
        Assert.Contains("""enum Genre @cost(weight: "2") {""", sdl, StringComparison.Ordinal);
        // field: shelf 1 (an object, its resolver is synchronous) + genre 0 (a leaf field);
        // type: Query 1 + Shelf 5 + Genre 2 (a leaf type with a weight of its own)
        Assert.Equal("""{"extensions":{"operationCost":{"fieldCost":1,"typeCost":8}}}""", result.ToJson());
    }
}

[Cost("2")]
public enum Genre
{
    Poetry,
    Prose,
}
