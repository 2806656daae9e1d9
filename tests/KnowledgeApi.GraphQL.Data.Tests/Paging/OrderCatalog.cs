using KnowledgeApi.GraphQL.Data.Tests.TestModel;

namespace KnowledgeApi.GraphQL.Data.Tests.Paging;

/// <summary>Named orders over books, written the way the sorting middleware writes them (OrderBy, then ThenBy).</summary>
internal static class OrderCatalog
{
    private static readonly Dictionary<string, Func<IQueryable<Book>, IOrderedQueryable<Book>>> All = new(StringComparer.Ordinal)
    {
        ["none"] = q => q.OrderBy(b => b.Id),
        ["subtitle asc, edition desc"] = q => q.OrderBy(b => b.Subtitle).ThenByDescending(b => b.Edition),
        ["edition desc, subtitle asc"] = q => q.OrderByDescending(b => b.Edition).ThenBy(b => b.Subtitle),
        ["signed desc, sales rank asc"] = q => q.OrderByDescending(b => b.Signed).ThenBy(b => b.SalesRank),
        ["critic score asc, in print desc"] = q => q.OrderBy(b => b.CriticScore).ThenByDescending(b => b.InPrint),
        ["secondary genre desc, last printed asc"] = q => q.OrderByDescending(b => b.SecondaryGenre).ThenBy(b => b.LastPrintedAt),
        ["out of print asc, updated desc"] = q => q.OrderBy(b => b.OutOfPrintOn).ThenByDescending(b => b.UpdatedAt),
        ["genre asc, rating desc"] = q => q.OrderBy(b => b.Genre).ThenByDescending(b => b.Rating),
        ["author country desc, title asc"] = q => q.OrderByDescending(b => b.Author.Country).ThenBy(b => b.Title),
        ["key asc"] = q => q.OrderBy(b => b.Key),
    };

    public static IEnumerable<string> Names => All.Keys;

    public static IOrderedQueryable<Book> Apply(string name, IQueryable<Book> source) => All[name](source);
}
