using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Types;
using KnowledgeApi.Server.GraphQL;
using KnowledgeApi.Server.Knowledge;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeApi.Server.Tests.Schema;

/// <summary>The server's schema, composed from the same registrations the host uses (no database is opened to build it).</summary>
internal static class KnowledgeSchemaFixture
{
    private static readonly Lazy<KnowledgeApi.GraphQL.Types.Schema> Built = new(Build);

    public static KnowledgeApi.GraphQL.Types.Schema Schema => Built.Value;

    private static KnowledgeApi.GraphQL.Types.Schema Build()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Knowledge"] = "Data Source=:memory:" })
            .Build();
        var collection = new ServiceCollection().AddLogging().AddKnowledgeBase(configuration);
        collection.AddKnowledgeGraph();
        return collection.BuildServiceProvider().GetRequiredService<IRequestExecutor>().Schema;
    }

    public static string Sdl => SchemaPrinter.Print(Schema);
}
