namespace KnowledgeApi.Ingestion.Pipeline;

/// <summary>What happened to one file.</summary>
public enum IngestStatus
{
    Added,
    Updated,
    Unchanged,

    /// <summary>Not stored: unreadable, or its write failed; <see cref="IngestResult.Problem"/> says why.</summary>
    Skipped,
}

/// <summary>The outcome for one input file.</summary>
public sealed record IngestResult(string Path, IngestStatus Status, int? ArticleId = null, string? Problem = null)
{
    public bool Stored => Status is not IngestStatus.Skipped;
}

/// <summary>The outcomes of one ingest run, in input order, and their counts.</summary>
public sealed record IngestSummary(IReadOnlyList<IngestResult> Results)
{
    public int Added => Count(IngestStatus.Added);

    public int Updated => Count(IngestStatus.Updated);

    public int Unchanged => Count(IngestStatus.Unchanged);

    public int Skipped => Count(IngestStatus.Skipped);

    public int Stored => Results.Count - Skipped;

    private int Count(IngestStatus status) => Results.Count(r => r.Status == status);
}
