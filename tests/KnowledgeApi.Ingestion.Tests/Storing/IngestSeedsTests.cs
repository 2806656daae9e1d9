using KnowledgeApi.Ingestion.Tests.Reading;
using KnowledgeApi.Ingestion.Tests.Support;
using KnowledgeApi.Knowledge.Model;
using KnowledgeApi.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeApi.Ingestion.Tests.Storing;

public sealed class IngestSeedsTests
{
    private static readonly string[] Seeds =
        [ArticleSamples.SeedPath("000_bd5966101cee13de.txt"), ArticleSamples.SeedPath("004_4e837f471b77d24d.txt")];

    [Fact]
    public async Task The_seeds_become_articles_with_authors_publisher_and_cleaned_body()
    {
        using var database = await TemporaryDatabase.CreateMigratedAsync();
        using var pipeline = IngestionFixture.Pipeline(database);

        var summary = await pipeline.IngestAsync(Seeds);

        Assert.Equal((2, 0, 0, 0), (summary.Added, summary.Updated, summary.Unchanged, summary.Skipped));
        await using var context = database.CreateContext();
        var first = await context.Articles.Include(a => a.Authors).Include(a => a.Publisher).SingleAsync(a => a.SourceName == "000_bd5966101cee13de.txt");
        Assert.Equal("trump-calls-for-us-troops-to-wage-war-on-drug-cartels-in-mexico", first.Slug);
        Assert.Equal(new DateOnly(2019, 11, 6), first.PublishedOn);
        Assert.Equal(DatePrecision.Day, first.PublishedOnPrecision);
        Assert.Equal("Eric London", Assert.Single(first.Authors).Name);
        Assert.Equal("World Socialist Web Site", first.Publisher!.Name);
        Assert.True(first.Publisher.Confirmed);
        Assert.Equal(24, first.Body.Count);
        Assert.Equal(summary.Results[0].ArticleId, first.Id);
    }

    [Fact]
    public async Task Entities_shared_by_both_seeds_are_stored_once_with_their_mentions()
    {
        using var database = await TemporaryDatabase.CreateMigratedAsync();
        using var pipeline = IngestionFixture.Pipeline(database);

        await pipeline.IngestAsync(Seeds);

        await using var context = database.CreateContext();
        var amlo = await context.People.SingleAsync(p => p.Aliases.Any(a => a == "AMLO"));
        Assert.Equal("Andrés Manuel López Obrador", amlo.Name);
        Assert.False(amlo.Confirmed);
        Assert.Equal(2, await context.Mentions.Where(m => m.EntityId == amlo.Id).Select(m => m.ArticleId).Distinct().CountAsync());
        Assert.Equal(1, await context.Organizations.CountAsync(o => o.Name == "World Socialist Web Site"));
        Assert.Equal(1, await context.People.CountAsync(p => p.Name == "Donald Trump"));

        // Each normalized key points at one entity: the alias lookup for resolution.
        Assert.Equal(
            await context.EntityKeys.CountAsync(),
            await context.EntityKeys.Select(k => new { k.EntityType, k.Value }).Distinct().CountAsync());
        Assert.True(await context.EntityKeys.AnyAsync(k => k.EntityId == amlo.Id && k.Value == "lopez obrador"));
    }

    [Fact]
    public async Task Quotations_keep_their_text_position_and_a_stored_speaker_name()
    {
        using var database = await TemporaryDatabase.CreateMigratedAsync();
        using var pipeline = IngestionFixture.Pipeline(database);

        await pipeline.IngestAsync(Seeds);

        await using var context = database.CreateContext();
        var article = await context.Articles.SingleAsync(a => a.SourceName == "000_bd5966101cee13de.txt");
        var quotation = await context.Quotations.Include(q => q.Speaker)
            .SingleAsync(q => q.ArticleId == article.Id && q.Text.StartsWith("I will speak with President Trump"));
        Assert.Equal("Andrés Manuel López Obrador", quotation.SpeakerName);
        Assert.Equal(quotation.Text, article.Body[quotation.ParagraphIndex].Substring(quotation.StartOffset, quotation.Length));
        Assert.True(await context.Quotations.AnyAsync(q => q.SpeakerName == "Andrés Manuel López Obrador"));
        Assert.True(await context.EntityLinks.AnyAsync(l => l.Relation == "leader of" && l.ArticleId == article.Id));
    }
}
