using KnowledgeApi.Ingestion.Writing.Errors;
using KnowledgeApi.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeApi.Ingestion.Tests.Writing;

public sealed class DeleteArticleTests
{
    [Fact]
    public async Task Deleting_an_article_removes_its_quotations_mentions_links_and_bylines_but_keeps_the_entities()
    {
        using var database = await TemporaryDatabase.CreateMigratedAsync();
        var writer = WriterFixture.Writer(database);
        var kept = await writer.IngestArticleAsync(WriterFixture.OtherArticle(1), "report-1.md");
        var doomed = await writer.IngestArticleAsync(WriterFixture.Article, "border-talks.md");
        int entitiesBefore;
        await using (var context = database.CreateContext())
        {
            entitiesBefore = await context.Entities.CountAsync();
            Assert.True(await context.EntityLinks.AnyAsync(l => l.ArticleId == doomed.Article.Id));
        }

        var deleted = await writer.DeleteArticleAsync(doomed.Article.Id);

        Assert.Equal(doomed.Article.Title, deleted.Title);
        await using var after = database.CreateContext();
        Assert.False(await after.Articles.AnyAsync(a => a.Id == doomed.Article.Id));
        Assert.False(await after.Mentions.AnyAsync(m => m.ArticleId == doomed.Article.Id));
        Assert.False(await after.Quotations.AnyAsync(q => q.ArticleId == doomed.Article.Id));
        Assert.False(await after.EntityLinks.AnyAsync(l => l.ArticleId == doomed.Article.Id));
        Assert.False(await after.ArticleAuthors.AnyAsync(a => a.ArticleId == doomed.Article.Id));
        Assert.Equal(entitiesBefore, await after.Entities.CountAsync());
        Assert.True(await after.People.AnyAsync(p => p.Name == "Eric London"));
        Assert.True(await after.Quotations.AnyAsync(q => q.ArticleId == kept.Article.Id));

        // The search index forgets the article and its quotations (its triggers run on delete).
        Assert.Equal(0L, database.Scalar("SELECT COUNT(*) FROM \"SearchIndex\" WHERE \"SearchIndex\" MATCH 'border'"));
    }

    [Fact]
    public async Task Deleting_an_unknown_article_is_article_not_found()
    {
        using var database = await TemporaryDatabase.CreateMigratedAsync();

        var error = await Assert.ThrowsAsync<ArticleNotFoundException>(() => WriterFixture.Writer(database).DeleteArticleAsync(42));

        Assert.Contains("42", error.Message, StringComparison.Ordinal);
    }
}
