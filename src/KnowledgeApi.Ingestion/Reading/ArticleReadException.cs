namespace KnowledgeApi.Ingestion.Reading;

/// <summary>
/// A file that is not a readable article, with where the problem is: the ingest command reports
/// it ("broken.txt:3: ...") and goes on with the other files.
/// </summary>
public sealed class ArticleReadException : Exception
{
    public ArticleReadException()
    {
        SourceName = string.Empty;
        Reason = string.Empty;
    }

    public ArticleReadException(string message)
        : base(message)
    {
        SourceName = string.Empty;
        Reason = message;
    }

    public ArticleReadException(string message, Exception innerException)
        : base(message, innerException)
    {
        SourceName = string.Empty;
        Reason = message;
    }

    public ArticleReadException(string sourceName, int line, string reason, Exception? innerException = null)
        : base(line > 0 ? $"{sourceName}:{line}: {reason}" : $"{sourceName}: {reason}", innerException)
    {
        SourceName = sourceName;
        Line = line;
        Reason = reason;
    }

    public string SourceName { get; }

    /// <summary>1-based line of the problem; 0 when it concerns the whole file.</summary>
    public int Line { get; }

    public string Reason { get; }
}
