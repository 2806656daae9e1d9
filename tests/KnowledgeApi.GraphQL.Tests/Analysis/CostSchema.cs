using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Execution.Analysis;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeApi.GraphQL.Tests.Analysis;

/// <summary>
/// A small shelf schema whose weights the tests add up by hand. With cost defaults on it prints as:
/// <code>
/// type Query {
///   book(id: Int!): Book @cost(weight: "10")        # async resolver
///   books: [Book!]!                                  # plain list: weight 1, size 1
///   topBooks(first: Int): [Book!]! @listSize(assumedSize: 20, slicingArguments: ["first"], slicingArgumentDefaultValue: 5, requireOneSlicingArgument: false)
///   strictBooks(first: Int, last: Int): [Book!]! @listSize(slicingArguments: ["first", "last"])
///   featured: ShelfItem                              # interface: Book or Magazine
/// }
/// type Book implements ShelfItem { id: Int!  title: String!  authors: [Author!]! @cost(weight: "3") }
/// type Magazine implements ShelfItem { title: String!  issue: Int!  editor: Author! }
/// type Author @cost(weight: "4") { name: String! }
/// </code>
/// </summary>
internal static class CostSchema
{
    /// <summary>An executor over the shelf schema with cost analysis on (and a depth limit when given).</summary>
    public static ServiceProvider Create(Action<CostOptions>? cost = null, int? maxDepth = null, bool skipIntrospection = false)
    {
        var services = new ServiceCollection();
        var builder = services.AddGraphQL()
            .AddQueryType<ShelfQuery>()
            .AddType<Magazine>()
            .ModifyCostOptions(cost ?? (_ => { }));
        if (maxDepth is { } depth)
        {
            builder.AddMaxExecutionDepthRule(depth, skipIntrospection);
        }

        return services.BuildServiceProvider();
    }

    public static async Task<ExecutionResult> ExecuteAsync(
        ServiceProvider services,
        string query,
        IReadOnlyDictionary<string, object?>? variables = null,
        string? costMode = null)
    {
        var contextData = costMode is null ? null : new Dictionary<string, object?> { [costMode] = true };
        var executor = services.GetRequiredService<IRequestExecutor>();
        return (ExecutionResult)await executor.ExecuteAsync(new GraphQLRequest { Query = query, Variables = variables, ContextData = contextData });
    }
}

public sealed class ShelfQuery
{
    private static readonly Author Ada = new("Ada");

    internal static readonly Book[] AllBooks =
    [
        new(1, "Notes", [Ada]),
        new(2, "Engines", [Ada, new Author("Charles")]),
        new(3, "Tables", []),
    ];

    public static int Resolved { get; set; }

    public Task<Book?> GetBookAsync(int id)
    {
        Resolved++;
        return Task.FromResult(AllBooks.FirstOrDefault(b => b.Id == id));
    }

    public IReadOnlyList<Book> Books => AllBooks;

    [ListSize(AssumedSize = 20, SlicingArguments = ["first"], SlicingArgumentDefaultValue = 5, RequireOneSlicingArgument = false)]
    public IReadOnlyList<Book> TopBooks(int? first) => [.. AllBooks.Take(first ?? 5)];

    [ListSize(SlicingArguments = ["first", "last"])]
    public IReadOnlyList<Book> StrictBooks(int? first, int? last) => [.. AllBooks.Take(first ?? last ?? 1)];

    public IShelfItem? Featured => new Magazine("Monthly", 7, Ada);
}

public interface IShelfItem
{
    string Title { get; }
}

public sealed record Book(int Id, string Title, [property: Cost("3")] IReadOnlyList<Author> Authors) : IShelfItem;

public sealed record Magazine(string Title, int Issue, Author Editor) : IShelfItem;

[Cost("4")]
public sealed record Author(string Name);
