using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Execution.Analysis;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeApi.GraphQL.Tests.Analysis;

/// <summary>
/// Arguments cost what is written in them; a filter argument given as a variable counts every field of its
/// input type, times the variable multiplier (5), as Hot Chocolate counts it.
/// <code>
/// type Query { find(where: FindInput @cost(weight: "10")): String }   # where marked as a filter argument
/// input FindInput { a: String @cost(weight: "10")  b: String @cost(weight: "20")  nested: FindInput }
/// </code>
/// </summary>
public sealed class InputCostTests
{
    [Theory]
    // where 10 + a 10                                   = 20
    [InlineData("""{ find(where: { a: "x" }) }""", 20)]
    // where 10 + b 20 + nested 1 (an input object) + a 10 = 41
    [InlineData("""{ find(where: { b: "x", nested: { a: "y" } }) }""", 41)]
    // an explicit null is no argument at all: not even the weight of where
    [InlineData("""{ find(where: null) }""", 0)]
    // as a variable: (where 10 + every field: a 10 + b 20 + nested 1 + FindInput again 0 (counted once)) × 5 = 205
    [InlineData("""query($w: FindInput) { find(where: $w) }""", 205)]
    public async Task Filter_arguments_cost_their_written_fields_or_their_whole_type_times_five_as_a_variable(string query, long fieldCost)
    {
        var services = new ServiceCollection();
        services.AddGraphQL()
            .AddQueryType(d =>
            {
                d.Name("Query");
                d.Field("find")
                    .Argument("where", a => a.Type("FindInput", typeof(FindInput)).Directive(new CostDirective(10) { IsFilterArgument = true }))
                    .Type("String")
                    .Resolve(_ => "found");
            })
            .AddCostAnalysis();
        await using var provider = services.BuildServiceProvider();

        var result = (ExecutionResult)await provider.GetRequiredService<IRequestExecutor>().ExecuteAsync(new GraphQLRequest
        {
            Query = query,
            ContextData = new Dictionary<string, object?> { [CostRequestContextKeys.ValidateCost] = true },
        });

        Assert.Equal("{\"extensions\":{\"operationCost\":{\"fieldCost\":" + fieldCost + ",\"typeCost\":1}}}", result.ToJson());
    }
}

public sealed class FindInput
{
    [Cost("10")]
    public string? A { get; set; }

    [Cost("20")]
    public string? B { get; set; }

    public FindInput? Nested { get; set; }
}
