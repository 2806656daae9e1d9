using KnowledgeApi.Server.Knowledge;
using KnowledgeApi.TestSupport;
using KnowledgeApi.Tests.Shared;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeApi.Ingestion.Tests.Cli;

public sealed class StartupSeedingTests
{
    private static ServiceProvider Services(TemporaryDatabase database, string? seedsPath)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Knowledge"] = database.ConnectionString,
                ["Knowledge:SeedsPath"] = seedsPath,
            })
            .Build();
        return new ServiceCollection().AddLogging().AddKnowledgeBase(configuration).BuildServiceProvider();
    }

    [Fact]
    public async Task The_first_start_migrates_an_empty_database_and_ingests_the_seeds_once()
    {
        using var database = TemporaryDatabase.CreateEmpty();
        await using var services = Services(database, RepositoryPaths.Combine("seeds"));
        var startup = services.GetRequiredService<KnowledgeBaseStartup>();

        var first = await startup.PrepareAsync();
        var second = await startup.PrepareAsync();

        Assert.Equal(2, first!.Added);
        Assert.Null(second);
        Assert.Equal(2L, database.Scalar("SELECT count(*) FROM Articles"));
        Assert.Equal("wal", database.Scalar("PRAGMA journal_mode;"));

        // Extraction ran with the gazetteer: Donald Trump is a curated person quoted in both seeds.
        Assert.Equal(2L, database.Scalar("""
            SELECT count(DISTINCT q.ArticleId) FROM Quotations q JOIN Entities e ON e.Id = q.SpeakerId
            WHERE e.Name = 'Donald Trump' AND e.Confirmed = 1
            """));
    }

    [Fact]
    public async Task Without_seeds_the_database_is_still_created()
    {
        using var database = TemporaryDatabase.CreateEmpty();
        await using var services = Services(database, Path.Combine(Path.GetTempPath(), "no-seeds-here"));

        var summary = await services.GetRequiredService<KnowledgeBaseStartup>().PrepareAsync();

        Assert.Null(summary);
        Assert.Equal(0L, database.Scalar("SELECT count(*) FROM Articles"));
    }

    [Fact]
    public void The_seeds_folder_is_found_from_any_folder_inside_the_repository()
    {
        var found = SeedsFolder.Find(RepositoryPaths.Combine("src", "KnowledgeApi.Server"));

        Assert.Equal(RepositoryPaths.Combine("seeds"), found);
        Assert.Null(SeedsFolder.Find(Path.GetTempPath()));
    }
}
