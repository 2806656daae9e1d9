namespace KnowledgeApi.Ingestion.Writing;

/// <summary>How long a <see cref="KnowledgeWriter"/> write waits for the other writers of this process.</summary>
public sealed class KnowledgeWriterOptions
{
    /// <summary>
    /// The longest wait for the in-process write lock before the write fails as busy. Shorter
    /// than the GraphQL request timeout (30 s), so a client hears "busy, retry" rather than a timeout.
    /// </summary>
    public TimeSpan LockTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
