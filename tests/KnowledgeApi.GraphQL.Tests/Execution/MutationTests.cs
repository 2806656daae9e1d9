namespace KnowledgeApi.GraphQL.Tests.Execution;

/// <summary>Mutation root fields run one after another, in document order (§6.2.2).</summary>
public sealed class MutationTests
{
    [Fact]
    public async Task Mutation_fields_run_serially_in_document_order()
    {
        var log = new MutationLog();

        // The first field sleeps longest; concurrent execution would finish it last.
        var result = await ExecutionHarness.ExecuteAsync(
            """mutation { first: append(value: "1") second: append(value: "2") third: append(value: "3") }""",
            services: new TestServices(log));

        Assert.Equal(
            """{"data":{"first":"1","second":"1,2","third":"1,2,3"}}""",
            ((KnowledgeApi.GraphQL.Execution.ExecutionResult)result).ToJson());
    }
}
