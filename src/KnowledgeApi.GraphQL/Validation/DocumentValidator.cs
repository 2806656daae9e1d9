using KnowledgeApi.GraphQL.Errors;
using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Validation;

/// <summary>
/// The validation stage's entry point: checks an executable document against a schema with every
/// rule of the specification in one pass, and returns the errors found (at most
/// <see cref="ValidationOptions.MaxAllowedErrors"/>; validation stops when the cap is reached).
/// Pure: the same schema and document always give the same result, so the executor caches it
/// with the document.
/// </summary>
public sealed class DocumentValidator(ValidationOptions? options = null)
{
    public ValidationOptions Options { get; } = options ?? new ValidationOptions();

    public DocumentValidationResult Validate(Schema schema, DocumentNode document)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        var context = new ValidationContext(schema, document, Math.Max(1, Options.MaxAllowedErrors));
        try
        {
            new ValidationWalker(context, SpecifiedRules.Create()).Walk(document);
        }
        catch (MaxValidationErrorsException)
        {
            // The cap was reached: what was found so far is the answer.
        }

        return context.Errors.Count == 0 ? DocumentValidationResult.Valid : new DocumentValidationResult([.. context.Errors]);
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
