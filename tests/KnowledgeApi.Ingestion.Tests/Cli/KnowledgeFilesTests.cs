using KnowledgeApi.Server.Knowledge;
using KnowledgeApi.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace KnowledgeApi.Ingestion.Tests.Cli;

public sealed class KnowledgeFilesTests
{
    private static KnowledgeSettings Settings(string? seeds = null, string? gazetteer = null) => new("Data Source=unused.db", seeds, gazetteer);

    [Fact]
    public void Without_settings_the_repository_seeds_and_gazetteer_are_found_from_the_content_root()
    {
        var files = new KnowledgeFiles(Settings(), RepositoryPaths.Combine("src", "KnowledgeApi.Server"));

        Assert.Equal(RepositoryPaths.Combine("seeds"), files.SeedsPath);
        Assert.Equal(RepositoryPaths.Combine("seeds", "gazetteer.json"), files.GazetteerPath);
        Assert.Contains(files.LoadGazetteer(NullLogger.Instance).Entries, e => e.Name == "Donald Trump");
    }

    [Fact]
    public void The_build_output_carries_a_copy_of_the_seeds_for_a_server_run_outside_the_repository()
    {
        var shipped = SeedsFolder.FindFirst([Path.GetTempPath()]);

        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "seeds"), shipped);
        Assert.True(File.Exists(Path.Combine(shipped!, SeedsFolder.GazetteerFileName)));
        Assert.Equal(
            File.ReadAllText(RepositoryPaths.Combine("seeds", "gazetteer.json")),
            File.ReadAllText(Path.Combine(shipped!, SeedsFolder.GazetteerFileName)));
    }

    [Fact]
    public void A_configured_seeds_folder_supplies_its_own_gazetteer()
    {
        var folder = Support.IngestionFixture.NewFolder();
        File.WriteAllText(Path.Combine(folder, "gazetteer.json"), """{ "entities": [ { "id": "x", "kind": "Person", "name": "Ada Lovelace" } ] }""");

        var files = new KnowledgeFiles(Settings(seeds: folder), contentRoot: null);

        Assert.Equal(folder, files.SeedsPath);
        Assert.Equal("Ada Lovelace", Assert.Single(files.LoadGazetteer(NullLogger.Instance).Entries).Name);
    }

    [Fact]
    public void A_configured_gazetteer_that_does_not_exist_stops_the_start_with_its_name()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-gazetteer.json");
        var files = new KnowledgeFiles(Settings(gazetteer: missing), contentRoot: null);

        var error = Assert.Throws<InvalidDataException>(() => files.LoadGazetteer(NullLogger.Instance));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_gazetteer_is_reported_with_its_path()
    {
        var path = Path.Combine(Support.IngestionFixture.NewFolder(), "gazetteer.json");
        File.WriteAllText(path, "{ not json");

        var error = Assert.Throws<InvalidDataException>(() => new KnowledgeFiles(Settings(gazetteer: path), null).LoadGazetteer(NullLogger.Instance));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }
}
