using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Tests.Execution;

/// <summary>
/// Field middleware sees what filtering, paging and projection need: the result on the way out,
/// argument literals with variables substituted, and the selections planned beneath the field.
/// </summary>
public sealed class MiddlewareTests
{
    private static readonly Lazy<RequestExecutor> Executor = new(() => new RequestExecutor(SchemaBuilder.New()
        .AddQueryType(d =>
        {
            d.Name("Query");
            d.Field("shout").Type("String")
                .Argument("text", a => a.Type("String!"))
                .Use(next => async context =>
                {
                    await next(context);
                    context.Result = ((string)context.Result!).ToUpperInvariant() + "!";
                })
                .Resolve(context => context.ArgumentValue<string>("text"));
            d.Field("literal").Type("String")
                .Argument("where", a => a.Type("LookAheadInput"))
                .Resolve(context => Printer.Print(context.ArgumentLiteral<IValueNode>("where")));
            d.Field("lookAhead").Type("Shelf")
                .Resolve(context => string.Join(",", context.GetSelections((ObjectType)context.Schema.GetType("Shelf")).Select(s => $"{s.ResponseName}:{s.Field.Name}")));
        })
        .AddType(new ObjectType(d =>
        {
            d.Name("Shelf");
            d.Field("names").Type("String").Resolve(context => context.Parent<string>());
            d.Field("count").Type("Int").Resolve(_ => 2);
        }))
        .AddType(new InputObjectType<LookAhead>())
        .Create()));

    [Fact]
    public async Task Middleware_wraps_the_resolver_and_rewrites_its_result()
    {
        var json = await RunAsync("""{ shout(text: "quiet") }""");

        Assert.Equal("""{"data":{"shout":"QUIET!"}}""", json);
    }

    [Fact]
    public async Task Argument_literals_have_their_variables_replaced_with_typed_literals()
    {
        var json = await RunAsync(
            """query ($kind: LookAheadKind!, $names: [String!]) { literal(where: { kind: $kind, names: $names, limit: 3 }) }""",
            """{"kind": "DEEP_DIVE", "names": ["a", "b"]}""");

        Assert.Equal("""{"data":{"literal":"{kind: DEEP_DIVE, names: [\"a\", \"b\"], limit: 3}"}}""", json);
    }

    [Fact]
    public async Task The_selections_beneath_a_field_are_visible_with_fragments_and_directives_applied()
    {
        var json = await RunAsync(
            """query ($skip: Boolean!) { lookAhead { total: count ...F names @skip(if: $skip) } } fragment F on Shelf { names }""",
            """{"skip": true}""");

        Assert.Equal("""{"data":{"lookAhead":{"total":2,"names":"total:count,names:names"}}}""", json);
    }

    private static async Task<string> RunAsync(string query, string? variables = null)
    {
        var result = await Executor.Value.ExecuteAsync(new GraphQLRequest { Query = query, Variables = ExecutionHarness.Variables(variables) });
        return ((ExecutionResult)result).ToJson();
    }
}

public enum LookAheadKind
{
    Quick,
    DeepDive,
}

public sealed record LookAhead(LookAheadKind Kind, IReadOnlyList<string>? Names, int Limit = 10);
