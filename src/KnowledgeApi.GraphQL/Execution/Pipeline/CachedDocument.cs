using System.Collections.Concurrent;
using KnowledgeApi.GraphQL.Execution.Planning;
using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Validation;

namespace KnowledgeApi.GraphQL.Execution.Pipeline;

/// <summary>A parsed document with its validation result and the plans of the operations run so far.</summary>
internal sealed class CachedDocument(DocumentNode document, DocumentValidationResult validation)
{
    public DocumentNode Document { get; } = document;

    public DocumentValidationResult Validation { get; } = validation;

    /// <summary>Plans by operation name ("" for the document's only, unnamed operation).</summary>
    public ConcurrentDictionary<string, OperationPlan> Plans { get; } = new(StringComparer.Ordinal);
}
