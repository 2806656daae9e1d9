using KnowledgeApi.GraphQL.Execution.Persisted;

namespace KnowledgeApi.GraphQL.Execution;

/// <summary>Request-time switches of the executor, changed with <c>ModifyRequestOptions</c>.</summary>
public sealed class RequestExecutorOptions
{
    /// <summary>Adds the exception's message and stack trace to "Unexpected Execution Error" (for development only).</summary>
    public bool IncludeExceptionDetails { get; set; }

    /// <summary>Whether <c>__schema</c> and <c>__type</c> are answered (on by default in every environment).</summary>
    public bool EnableIntrospection { get; set; } = true;

    /// <summary>How many parsed documents (with their validation result and plans) are kept.</summary>
    public int DocumentCacheSize { get; set; } = 256;

    /// <summary>How long one request may run before it is cancelled with <c>HC0045</c>.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Persisted (trusted) operations: the pipeline reading stored documents and only-persisted mode.</summary>
    public PersistedOperationOptions PersistedOperations { get; } = new();
}
