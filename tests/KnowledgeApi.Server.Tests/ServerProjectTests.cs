namespace KnowledgeApi.Server.Tests;

public sealed class ServerProjectTests
{
    [Fact]
    public void The_engine_assemblies_do_not_reference_the_knowledge_model()
    {
        foreach (var engine in new[] { typeof(KnowledgeApi.GraphQL.Types.Schema).Assembly, typeof(KnowledgeApi.GraphQL.Data.DataAssemblyMarker).Assembly })
        {
            var references = engine.GetReferencedAssemblies().Select(a => a.Name).ToList();
            Assert.DoesNotContain("KnowledgeApi.Knowledge", references);
            Assert.DoesNotContain("KnowledgeApi.Ingestion", references);
        }
    }
}
