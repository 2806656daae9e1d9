using KnowledgeApi.GraphQL.Errors;
using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Validation;

/// <summary>
/// The validation stage's entry point: checks an executable document against a schema and
/// returns every error found (up to <see cref="ValidationOptions.MaxAllowedErrors"/>). Pure: the
/// same schema and document always give the same result, so the executor caches it with the
/// document.
/// </summary>
/// <remarks>
/// PLACEHOLDER until the validation issue lands: it reports no errors. The executor already calls
/// it, so filling it in changes no caller.
/// </remarks>
public sealed class DocumentValidator(ValidationOptions? options = null)
{
    public ValidationOptions Options { get; } = options ?? new ValidationOptions();

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Uses Options once the rules land.")]
    public DocumentValidationResult Validate(Schema schema, DocumentNode document)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        return DocumentValidationResult.Valid;
    }
}

/// <summary>Validation settings, with Hot Chocolate's defaults.</summary>
public sealed record ValidationOptions
{
    /// <summary>How many errors are reported at most (Hot Chocolate reports 5).</summary>
    public int MaxAllowedErrors { get; init; } = 5;
}

/// <summary>The outcome of validating one document.</summary>
public sealed record DocumentValidationResult(IReadOnlyList<GraphQLError> Errors)
{
    public static DocumentValidationResult Valid { get; } = new([]);

    public bool IsValid => Errors.Count == 0;
}
