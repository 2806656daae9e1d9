using KnowledgeApi.Ingestion.Pipeline;
using KnowledgeApi.Ingestion.Tests.Reading;
using KnowledgeApi.Ingestion.Tests.Support;
using KnowledgeApi.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeApi.Ingestion.Tests.Storing;

public sealed class ReingestTests
{
    private const string Seed = "000_bd5966101cee13de.txt";

    private static string CopySeed(string folder)
    {
        var path = Path.Combine(folder, Seed);
        File.Copy(ArticleSamples.SeedPath(Seed), path);
        return path;
    }

    [Fact]
    public async Task Re_ingesting_an_unchanged_article_changes_nothing()
    {
        using var database = await TemporaryDatabase.CreateMigratedAsync();
        using var pipeline = IngestionFixture.Pipeline(database);
        var folder = IngestionFixture.NewFolder();
        CopySeed(folder);
        Assert.Equal(1, (await pipeline.IngestAsync(ArticleFiles.Expand([folder]).Files)).Added);
        var before = DatabaseChecksum.Of(database.ConnectionString);

        // Other line endings and blank lines: the same cleaned article.
        var path = Path.Combine(folder, Seed);
        await File.WriteAllTextAsync(path, (await File.ReadAllTextAsync(path)).Replace("\n", "\r\n\r\n", StringComparison.Ordinal));
        var summary = await pipeline.IngestAsync(ArticleFiles.Expand([folder]).Files);

        Assert.Equal(IngestStatus.Unchanged, Assert.Single(summary.Results).Status);
        var after = DatabaseChecksum.Of(database.ConnectionString);
        Assert.Equal(before.Counts, after.Counts);
        Assert.Equal(before.Hash, after.Hash);
        Assert.True(before.Counts["Mentions"] > 10);
    }

    [Fact]
    public async Task A_changed_article_replaces_its_previous_version_and_leaves_no_orphans()
    {
        using var database = await TemporaryDatabase.CreateMigratedAsync();
        using var pipeline = IngestionFixture.Pipeline(database);
        var folder = IngestionFixture.NewFolder();
        var path = CopySeed(folder);
        var added = await pipeline.IngestFileAsync(path);

        // The new version no longer mentions the general or the Post, and has a new author.
        var text = (await File.ReadAllTextAsync(path))
            .Replace("Eric London", "Jane Roe", StringComparison.Ordinal)
            .Replace("Carlos Gaytán Ochoa", "a general", StringComparison.Ordinal)
            .Replace("Gaytán", "The general", StringComparison.Ordinal)
            .Replace("Washington Post", "newspaper", StringComparison.Ordinal);
        await File.WriteAllTextAsync(path, text);
        var updated = await pipeline.IngestFileAsync(path);

        Assert.Equal(IngestStatus.Updated, updated.Status);
        Assert.Equal(added.ArticleId, updated.ArticleId);
        await using var context = database.CreateContext();
        Assert.Equal(1, await context.Articles.CountAsync());
        Assert.Equal(["Jane Roe"], await context.ArticleAuthors.Select(a => a.Person.Name).ToListAsync());
        Assert.False(await context.Entities.AnyAsync(e => e.Name == "Eric London" || e.Name == "Carlos Gaytán Ochoa" || e.Name == "The Washington Post"));
        Assert.False(await context.EntityKeys.AnyAsync(k => k.Value == "gaytan" || k.Value == "eric london"));
        Assert.False(await context.Mentions.AnyAsync(m => m.SurfaceForm == "Gaytán"));
        Assert.True(await context.People.AnyAsync(p => p.Name == "Donald Trump"));
        Assert.Equal(
            await context.Mentions.CountAsync(),
            await context.Mentions.CountAsync(m => m.Entity.Name != null));
    }

    [Fact]
    public async Task Replacing_an_article_keeps_entities_another_article_still_mentions()
    {
        using var database = await TemporaryDatabase.CreateMigratedAsync();
        using var pipeline = IngestionFixture.Pipeline(database);
        var folder = IngestionFixture.NewFolder();
        var path = CopySeed(folder);
        await pipeline.IngestAsync([path, ArticleSamples.SeedPath("004_4e837f471b77d24d.txt")]);

        await File.WriteAllTextAsync(path, "# A short correction\n\nEric London\n\n7 November 2019\n\nNothing else is left of this article.\n");
        var updated = await pipeline.IngestFileAsync(path);

        Assert.Equal(IngestStatus.Updated, updated.Status);
        await using var context = database.CreateContext();
        var article = await context.Articles.SingleAsync(a => a.Id == updated.ArticleId);
        Assert.Equal("a-short-correction", article.Slug);
        Assert.Null(article.PublisherId);
        Assert.True(await context.People.AnyAsync(p => p.Name == "Andrés Manuel López Obrador"));
        Assert.True(await context.Organizations.AnyAsync(o => o.Name == "World Socialist Web Site"));
        Assert.False(await context.Mentions.AnyAsync(m => m.ArticleId == article.Id));
    }

    [Fact]
    public async Task The_same_title_from_another_file_is_the_same_article()
    {
        using var database = await TemporaryDatabase.CreateMigratedAsync();
        using var pipeline = IngestionFixture.Pipeline(database);
        var folder = IngestionFixture.NewFolder();
        await File.WriteAllTextAsync(Path.Combine(folder, "a.txt"), "# Same title\n\nFirst version.\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "b.txt"), "# Same title\n\nSecond version.\n");

        var summary = await pipeline.IngestAsync(ArticleFiles.Expand([folder]).Files);

        Assert.Equal([IngestStatus.Added, IngestStatus.Updated], summary.Results.Select(r => r.Status));
        await using var context = database.CreateContext();
        var article = await context.Articles.SingleAsync();
        Assert.Equal(("b.txt", "same-title"), (article.SourceName, article.Slug));
        Assert.Equal(["Second version."], article.Body);
    }
}
