using KnowledgeApi.GraphQL.Types;
using KnowledgeApi.TestSupport;

namespace KnowledgeApi.GraphQL.Tests.CodeFirst;

public sealed class CodeFirstSchemaTests
{
    [Fact]
    public void The_newsroom_classes_produce_the_committed_sdl()
    {
        var sdl = SchemaPrinter.Print(NewsroomSchema.Create());

        Snapshot.Match(sdl, "tests", "KnowledgeApi.GraphQL.Tests", "CodeFirst", "__snapshots__", "NewsroomSchema.graphql");
    }
}
