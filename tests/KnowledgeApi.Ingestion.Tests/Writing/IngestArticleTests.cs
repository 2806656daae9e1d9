using KnowledgeApi.Ingestion.Pipeline;
using KnowledgeApi.Ingestion.Storing;
using KnowledgeApi.Ingestion.Tests.Reading;
using KnowledgeApi.Ingestion.Tests.Support;
using KnowledgeApi.Ingestion.Writing.Errors;
using KnowledgeApi.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeApi.Ingestion.Tests.Writing;

public sealed class IngestArticleTests
{
    [Fact]
    public async Task Posted_text_is_read_extracted_and_stored_with_its_mentions_and_quotations()
    {
        using var database = await TemporaryDatabase.CreateMigratedAsync();
        var writer = WriterFixture.Writer(database);

        var written = await writer.IngestArticleAsync(WriterFixture.Article, "border-talks.md");

        Assert.Equal(PersistStatus.Added, written.Status);
        Assert.Equal("Trump and AMLO meet at the border", written.Article.Title);
        Assert.Equal("border-talks.md", written.Article.SourceName);
        await using var context = database.CreateContext();
        Assert.Equal(["Eric London"], await context.ArticleAuthors.Where(a => a.ArticleId == written.Article.Id).Select(a => a.Person.Name).ToListAsync());
        Assert.Equal(2, await context.Quotations.CountAsync(q => q.ArticleId == written.Article.Id));

        // The test extractor gives a quotation to the paragraph's first name.
        Assert.Equal("Donald Trump", await context.Quotations.Where(q => q.Text.StartsWith("we will")).Select(q => q.SpeakerName).SingleAsync());
        Assert.True(await context.Mentions.CountAsync(m => m.ArticleId == written.Article.Id) >= 6);
    }

    [Fact]
    public async Task The_same_text_posted_twice_is_the_same_article_and_changes_nothing()
    {
        using var database = await TemporaryDatabase.CreateMigratedAsync();
        var writer = WriterFixture.Writer(database);
        var first = await writer.IngestArticleAsync(WriterFixture.Article, "border-talks.md");
        var before = DatabaseChecksum.Of(database.ConnectionString);

        var second = await writer.IngestArticleAsync(WriterFixture.Article.Replace("\n", "\r\n", StringComparison.Ordinal), "border-talks.md");

        Assert.Equal(PersistStatus.Unchanged, second.Status);
        Assert.Equal(first.Article.Id, second.Article.Id);
        var after = DatabaseChecksum.Of(database.ConnectionString);
        Assert.Equal(before.Counts, after.Counts);
        Assert.Equal(before.Hash, after.Hash);
    }

    [Fact]
    public async Task Posting_a_seed_under_its_file_name_finds_the_article_the_file_ingest_stored()
    {
        const string seed = "000_bd5966101cee13de.txt";
        using var database = await TemporaryDatabase.CreateMigratedAsync();
        using var pipeline = IngestionFixture.Pipeline(database);
        var fromFile = await pipeline.IngestFileAsync(ArticleSamples.SeedPath(seed));
        var before = DatabaseChecksum.Of(database.ConnectionString);

        var posted = await WriterFixture.Writer(database).IngestArticleAsync(await File.ReadAllTextAsync(ArticleSamples.SeedPath(seed)), seed);

        Assert.Equal(IngestStatus.Added, fromFile.Status);
        Assert.Equal(PersistStatus.Unchanged, posted.Status);
        Assert.Equal(fromFile.ArticleId, posted.Article.Id);
        Assert.Equal(before.Hash, DatabaseChecksum.Of(database.ConnectionString).Hash);
    }

    [Fact]
    public async Task Changed_text_under_a_known_name_replaces_the_article_in_place()
    {
        using var database = await TemporaryDatabase.CreateMigratedAsync();
        var writer = WriterFixture.Writer(database);
        var first = await writer.IngestArticleAsync(WriterFixture.Article, "border-talks.md");

        var second = await writer.IngestArticleAsync(WriterFixture.Article.Replace("very well indeed", "badly", StringComparison.Ordinal), "border-talks.md");

        Assert.Equal(PersistStatus.Updated, second.Status);
        Assert.Equal(first.Article.Id, second.Article.Id);
        await using var context = database.CreateContext();
        Assert.Equal(1, await context.Articles.CountAsync());
        Assert.True(await context.Quotations.AnyAsync(q => q.Text.Contains("badly")));
        Assert.False(await context.Quotations.AnyAsync(q => q.Text.Contains("very well")));
    }

    [Theory]
    [InlineData("", typeof(ArticleTextEmptyException))]
    [InlineData("   \n\n  ", typeof(ArticleTextEmptyException))]
    [InlineData("# Only a title", typeof(ArticleTextEmptyException))]
    [InlineData("# A title\n\nA body with a \0 NUL in it.", typeof(ArticleTextInvalidException))]
    public async Task Text_without_an_article_is_a_typed_error_and_writes_nothing(string text, Type expected)
    {
        using var database = await TemporaryDatabase.CreateMigratedAsync();
        var before = DatabaseChecksum.Of(database.ConnectionString);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => WriterFixture.Writer(database).IngestArticleAsync(text, "bad.md"));

        Assert.IsType(expected, error);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        Assert.Equal(before.Hash, DatabaseChecksum.Of(database.ConnectionString).Hash);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("../etc/passwd")]
    [InlineData("folder\\name.md")]
    [InlineData("tab\tname.md")]
    public async Task A_source_name_that_is_not_a_plain_file_name_is_refused(string sourceName)
    {
        using var database = await TemporaryDatabase.CreateMigratedAsync();

        await Assert.ThrowsAsync<SourceNameInvalidException>(() => WriterFixture.Writer(database).IngestArticleAsync(WriterFixture.Article, sourceName));

        await using var context = database.CreateContext();
        Assert.Equal(0, await context.Articles.CountAsync());
    }

    [Fact]
    public async Task A_text_longer_than_a_million_characters_is_refused_before_extraction()
    {
        using var database = await TemporaryDatabase.CreateMigratedAsync();
        var text = "# A very long article\n\n" + new string('x', 1_000_001);

        var error = await Assert.ThrowsAsync<ArticleTextInvalidException>(() => WriterFixture.Writer(database).IngestArticleAsync(text, "long.md"));

        Assert.Contains("1000000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_source_name_longer_than_the_column_is_refused()
    {
        using var database = await TemporaryDatabase.CreateMigratedAsync();

        await Assert.ThrowsAsync<SourceNameInvalidException>(
            () => WriterFixture.Writer(database).IngestArticleAsync(WriterFixture.Article, new string('a', 261) + ".md"));
    }
}
