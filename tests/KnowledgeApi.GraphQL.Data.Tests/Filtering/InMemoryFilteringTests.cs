using KnowledgeApi.GraphQL.Data.Filtering;
using KnowledgeApi.GraphQL.Data.Tests.TestModel;
using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.GraphQL.Data.Tests.Filtering;

/// <summary>A resolver that returns a plain sequence is filtered by LINQ-to-objects, with the same answers.</summary>
public sealed class InMemoryFilteringTests
{
    private static readonly LibraryData Data = LibraryDataGenerator.Generate();

    [Fact]
    public void A_plain_sequence_is_filtered_in_memory()
    {
        var filtered = FilteringMiddleware.Apply<Tag>(
            Data.Tags, LibrarySchema.TagFilter, Parser.ParseValue("{ name: { endsWith: \"7\" }, books: { some: { pages: { gt: 1000 } } } }"));

        var tags = Assert.IsAssignableFrom<IEnumerable<Tag>>(filtered);
        Assert.Equal(
            Data.Tags.Where(t => t.Name.EndsWith('7') && t.Books.Any(b => b.Pages > 1000)).Select(t => t.Id),
            tags.Select(t => t.Id));
    }

    [Fact]
    public void An_enumerable_query_gets_null_guards()
    {
        var books = new[] { new Book { Id = 1, Title = "a", Author = null! }, Data.Books[0] }.AsQueryable();
        var filtered = (IQueryable<Book>)FilteringMiddleware.Apply<Book>(books, LibrarySchema.BookFilter, Parser.ParseValue($"{{ author: {{ id: {{ eq: {Data.Books[0].AuthorId} }} }} }}"))!;
        Assert.Equal([Data.Books[0].Id], filtered.Select(b => b.Id));
    }

    [Fact]
    public void A_missing_argument_leaves_the_result_alone()
    {
        Assert.Same(Data.Tags, FilteringMiddleware.Apply<Tag>(Data.Tags, LibrarySchema.TagFilter, Parser.ParseValue("null")));
    }
}
