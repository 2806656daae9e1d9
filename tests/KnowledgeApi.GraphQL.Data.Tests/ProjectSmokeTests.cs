namespace KnowledgeApi.GraphQL.Data.Tests;

public sealed class ProjectSmokeTests
{
    [Fact]
    public void The_data_assembly_does_not_reference_the_knowledge_model()
    {
        var references = typeof(KnowledgeApi.GraphQL.Data.DataAssemblyMarker).Assembly.GetReferencedAssemblies().Select(a => a.Name);
        Assert.DoesNotContain("KnowledgeApi.Knowledge", references);
        Assert.DoesNotContain("KnowledgeApi.Ingestion", references);
    }
}
