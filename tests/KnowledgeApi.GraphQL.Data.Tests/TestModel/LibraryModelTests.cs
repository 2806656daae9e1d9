using Microsoft.EntityFrameworkCore;

namespace KnowledgeApi.GraphQL.Data.Tests.TestModel;

/// <summary>The test model itself: the stored rows are the generated ones, and generation is deterministic.</summary>
[Collection(LibraryCollection.Name)]
public sealed class LibraryModelTests(LibraryFixture library)
{
    [Fact]
    public void The_same_seed_generates_the_same_rows()
    {
        var first = LibraryDataGenerator.Generate();
        var second = LibraryDataGenerator.Generate();
        Assert.Equal(first.Books.Select(b => (b.Title, b.Price, b.Key, b.AuthorId)), second.Books.Select(b => (b.Title, b.Price, b.Key, b.AuthorId)));
        Assert.Equal(first.Reviews.Count, second.Reviews.Count);
    }

    [Fact]
    public async Task Every_table_holds_the_generated_number_of_rows()
    {
        await using var context = library.CreateContext();
        Assert.Equal(LibraryDataGenerator.AuthorCount, await context.Authors.CountAsync());
        Assert.Equal(LibraryDataGenerator.BookCount, await context.Books.CountAsync());
        Assert.Equal(LibraryDataGenerator.TagCount, await context.Tags.CountAsync());
        Assert.Equal(library.Data.Reviews.Count, await context.Reviews.CountAsync());
        Assert.True(library.Data.Reviews.Count > 5_000);
        Assert.Equal(library.Data.Books.Sum(b => b.Tags.Count), await context.Books.SelectMany(b => b.Tags).CountAsync());
    }

    [Fact]
    public async Task Stored_rows_round_trip_every_scalar_kind()
    {
        await using var context = library.CreateContext();
        var stored = await context.Books.AsNoTracking().OrderBy(b => b.Id).ToListAsync();
        Assert.Equal(library.Data.Books.Count, stored.Count);
        foreach (var (expected, actual) in library.Data.Books.Zip(stored))
        {
            Assert.Equal(
                (expected.Id, expected.Title, expected.Subtitle, expected.Pages, expected.Edition, expected.Isbn, expected.SalesRank, expected.Rating, expected.CriticScore),
                (actual.Id, actual.Title, actual.Subtitle, actual.Pages, actual.Edition, actual.Isbn, actual.SalesRank, actual.Rating, actual.CriticScore));
            Assert.Equal(
                (expected.Price, expected.DiscountPrice, expected.InPrint, expected.Signed, expected.PublishedAt, expected.LastPrintedAt, expected.UpdatedAt),
                (actual.Price, actual.DiscountPrice, actual.InPrint, actual.Signed, actual.PublishedAt, actual.LastPrintedAt, actual.UpdatedAt));
            Assert.Equal(
                (expected.ReleaseDay, expected.OutOfPrintOn, expected.Key, expected.ExternalKey, expected.Genre, expected.SecondaryGenre, expected.AuthorId),
                (actual.ReleaseDay, actual.OutOfPrintOn, actual.Key, actual.ExternalKey, actual.Genre, actual.SecondaryGenre, actual.AuthorId));
            Assert.Equal(expected.Keywords, actual.Keywords);
        }
    }

    [Fact]
    public void The_data_set_has_nulls_wildcards_and_mixed_case_to_test_against()
    {
        var books = library.Data.Books;
        Assert.Contains(books, b => b.Subtitle is null);
        Assert.Contains(books, b => b.Edition is null);
        Assert.Contains(books, b => b.Title.Contains('%', StringComparison.Ordinal));
        Assert.Contains(books, b => b.Title.Contains('_', StringComparison.Ordinal));
        Assert.Contains(books, b => b.Title.StartsWith("the", StringComparison.Ordinal));
        Assert.Contains(books, b => b.Title.StartsWith("The", StringComparison.Ordinal));
        Assert.Contains(books, b => b.Keywords.Count == 0);
        Assert.Contains(books, b => b.Reviews.Count == 0);
        Assert.Contains(books, b => b.Tags.Count == 0);
        Assert.Contains(library.Data.Authors, a => a.Country is null);
    }

    [Fact]
    public async Task The_sql_capture_sees_parameters()
    {
        var capture = new SqlCapture();
        await using var context = library.CreateContext(capture);
        var pages = 500;
        var count = await context.Books.CountAsync(b => b.Pages > pages);
        Assert.Equal(library.Data.Books.Count(b => b.Pages > pages), count);
        var command = Assert.Single(capture.Commands);
        Assert.Contains("@", command.Sql, StringComparison.Ordinal);
        Assert.Contains(500, command.Parameters.Values);
    }
}
