using KnowledgeApi.Knowledge.Model;

namespace KnowledgeApi.Server.GraphQL.Types;

/// <summary>
/// One entity as one article mentions it: the entity, how many times, and the words used. The
/// knowledge base stores every mention separately; the API sums them up per entity, so counts
/// live here rather than on connection edges.
/// </summary>
internal sealed record ArticleMention(Entity Entity, int Count, IReadOnlyList<string> SurfaceForms)
{
    /// <summary>Groups mention rows by entity: the most mentioned first, then by name; surface forms in first-seen order.</summary>
    public static IReadOnlyList<ArticleMention> Summarize(IEnumerable<(Entity Entity, string SurfaceForm)> rows) =>
        rows.GroupBy(r => r.Entity.Id)
            .Select(g => new ArticleMention(g.First().Entity, g.Count(), g.Select(r => r.SurfaceForm).Distinct(StringComparer.Ordinal).ToList()))
            .OrderByDescending(m => m.Count)
            .ThenBy(m => m.Entity.Name, StringComparer.Ordinal)
            .ToList();
}
