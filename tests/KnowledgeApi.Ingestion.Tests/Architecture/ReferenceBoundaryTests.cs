using KnowledgeApi.Ingestion.Pipeline;
using KnowledgeApi.Knowledge;

namespace KnowledgeApi.Ingestion.Tests.Architecture;

public sealed class ReferenceBoundaryTests
{
    [Fact]
    public void The_knowledge_and_ingestion_assemblies_do_not_reference_the_graphql_engine()
    {
        var assemblies = new[] { typeof(KnowledgeDbContext).Assembly, typeof(IngestionPipeline).Assembly };

        foreach (var assembly in assemblies)
        {
            var references = assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
            Assert.DoesNotContain(references, name => name.StartsWith("KnowledgeApi.GraphQL", StringComparison.Ordinal));
            Assert.DoesNotContain(references, name => name.StartsWith("KnowledgeApi.Server", StringComparison.Ordinal));
        }

        Assert.Contains(typeof(IngestionPipeline).Assembly.GetReferencedAssemblies(), a => a.Name == "KnowledgeApi.Knowledge");
    }
}
