using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Tests.Execution;

/// <summary>
/// Wave detection must not depend on thread timing: many concurrent requests, each with a wave that
/// only starts once the previous wave's loads resumed their resolvers, must each see exactly one
/// batch per wave. (A loop that dispatched while a previous dispatch was still resuming resolvers
/// split the second wave under load.)
/// </summary>
public sealed class BatchSchedulerRaceTests
{
    [Fact]
    public async Task Each_wave_is_one_batch_for_every_one_of_many_concurrent_requests()
    {
        var executor = new RequestExecutor(SchemaBuilder.New().AddQueryType<BatchQuery>().AddServices(new TestServices(new NumberLoader())).Create());

        var runs = Enumerable.Range(0, 200).Select(async _ =>
        {
            var loader = new NumberLoader();
            var result = await executor.ExecuteAsync(new GraphQLRequest
            {
                Query = "{ numbers(count: 6) { loadedTwin { label loadedTwin { label } } } }",
                Services = new TestServices(loader),
            });
            Assert.Empty(result.Errors);
            return loader.Batches.ToList();
        });

        foreach (var batches in await Task.WhenAll(runs))
        {
            Assert.Equal(["0,1,2,3,4,5", "100,101,102,103,104,105", "200,201,202,203,204,205"], batches);
        }
    }
}
