using System.Text.Json;
using KnowledgeApi.GraphQL.Data.Filtering;
using KnowledgeApi.GraphQL.Data.Paging;
using KnowledgeApi.GraphQL.Data.Projections;
using KnowledgeApi.GraphQL.Data.Sorting;
using KnowledgeApi.GraphQL.Data.Tests.TestModel;
using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Data.Tests.Paging;

/// <summary>
/// The whole data stack on one field (<c>[UsePaging] [UseProjection] [UseFiltering] [UseSorting]</c>):
/// paging reads the order the sorting middleware wrote, under the filter and the projection.
/// </summary>
[Collection(LibraryCollection.Name)]
public sealed class PagingWithFilteringTests(LibraryFixture library)
{
    private static readonly Lazy<Schema> Schema = new(() => SchemaBuilder.New().AddQueryType<DataStackQuery>().Create());

    [Theory]
    [InlineData("[{subtitle: ASC}, {edition: DESC}]", 50)]
    [InlineData("[{signed: DESC}, {criticScore: ASC}]", 50)]
    [InlineData("[{author: {country: DESC}}, {salesRank: ASC}]", 50)]
    public async Task Walking_forward_and_backward_with_where_and_order_returns_every_row_once(string order, int size)
    {
        var forward = await WalkAsync(order, size, backward: false);
        var backward = await WalkAsync(order, size, backward: true);

        var filtered = library.Data.Books.Where(b => b.Pages > 150 && b.InPrint).Select(b => b.Id).Order().ToList();
        Assert.Equal(filtered, forward.Order());
        Assert.Equal(forward, backward);
        Assert.Equal(forward.Count, forward.Distinct().Count());
    }

    private async Task<List<int>> WalkAsync(string order, int size, bool backward)
    {
        var walked = new List<int>();
        string? cursor = null;
        var (slice, cursorArgument, pageInfoCursor, more) = backward
            ? ("last", "before", "startCursor", "hasPreviousPage")
            : ("first", "after", "endCursor", "hasNextPage");
        do
        {
            await using var db = library.CreateContext();
            var query = $$$"""
                query($c: String) {
                  books({{{slice}}}: {{{size}}}, {{{cursorArgument}}}: $c, where: {pages: {gt: 150}, inPrint: {eq: true}}, order: {{{order}}}) {
                    nodes { id }
                    pageInfo { {{{more}}} {{{pageInfoCursor}}} }
                  }
                }
                """;
            var result = (ExecutionResult)await new RequestExecutor(Schema.Value).ExecuteAsync(new GraphQLRequest
            {
                Query = query,
                Variables = new Dictionary<string, object?> { ["c"] = cursor },
                Services = new DbServices(db),
            });
            using var document = JsonDocument.Parse(result.ToJson());
            var books = document.RootElement.GetProperty("data").GetProperty("books");
            var ids = books.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32());
            if (backward)
            {
                walked.InsertRange(0, ids);
            }
            else
            {
                walked.AddRange(ids);
            }

            var pageInfo = books.GetProperty("pageInfo");
            cursor = pageInfo.GetProperty(more).GetBoolean() ? pageInfo.GetProperty(pageInfoCursor).GetString() : null;
        }
        while (cursor is not null);

        return walked;
    }

    private sealed class DbServices(LibraryDbContext db) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(LibraryDbContext) ? db : null;
    }
}

public sealed class DataStackQuery
{
    [UsePaging]
    [UseProjection]
    [UseFiltering]
    [UseSorting]
    public IQueryable<Book> GetBooks([Service] LibraryDbContext db) => db.Books;
}
