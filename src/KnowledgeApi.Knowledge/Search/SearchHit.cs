namespace KnowledgeApi.Knowledge.Search;

/// <summary>What a search hit is; the values are the kind codes of the search index's rowids.</summary>
public enum SearchHitKind
{
    Article = 1,
    Quotation = 2,
    Person = 3,
    Organization = 4,
    Event = 5,
}

/// <summary>
/// One search result: which row matched and how well. <see cref="Rank"/> is FTS5's bm25 score,
/// where lower is better (the best hits are the most negative), so hits come in ascending rank.
/// </summary>
public sealed record SearchHit(SearchHitKind Kind, int Id, double Rank)
{
    /// <summary>The hit's rowid in the search index: the tie-breaker between equal ranks.</summary>
    public long Key => ((long)Id * 8) + (int)Kind;
}
