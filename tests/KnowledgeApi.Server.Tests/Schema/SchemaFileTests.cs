using KnowledgeApi.TestSupport;

namespace KnowledgeApi.Server.Tests.Schema;

/// <summary>
/// <c>schema/schema.graphql</c> is the API's committed contract: it must say exactly what the
/// running schema says, compared after graphql-js has printed both (so only meaning counts, not
/// layout or applied directives).
/// </summary>
public sealed class SchemaFileTests
{
    private const string Regenerate = "dotnet run --project src/KnowledgeApi.Server -- export-schema";

    [Fact]
    public async Task The_committed_schema_file_matches_the_running_schema()
    {
        var path = RepositoryPaths.Combine("schema", "schema.graphql");
        Assert.True(File.Exists(path), $"schema/schema.graphql is missing. Create it with: {Regenerate}");

        var committed = await NormalizeAsync(await File.ReadAllTextAsync(path));
        var running = await NormalizeAsync(KnowledgeSchemaFixture.Sdl);

        Assert.True(
            committed == running,
            $"schema/schema.graphql differs from the running schema (- file, + running). Regenerate it with: {Regenerate}\n"
            + Snapshot.Diff(committed, running));
    }

    [Fact]
    public async Task The_running_schema_is_valid_for_graphql_js()
    {
        var errors = await GraphQLJs.Shared.CallAsync("validateSchemaSdl", new { sdl = KnowledgeSchemaFixture.Sdl });

        Assert.Empty(errors.EnumerateArray().Select(e => e.GetString()));
    }

    private static async Task<string> NormalizeAsync(string sdl) =>
        (await GraphQLJs.Shared.CallAsync("printSchemaRoundTrip", new { sdl })).GetString()!;
}
