using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Types;
using KnowledgeApi.GraphQL.Validation;

namespace KnowledgeApi.GraphQL.Execution.Pipeline;

/// <summary>Stage 3: validates a freshly parsed document; the result is cached with it.</summary>
internal static class ValidateDocumentStage
{
    private static readonly DocumentValidator Validator = new();

    public static DocumentValidationResult Validate(Schema schema, DocumentNode document) => Validator.Validate(schema, document);

    public static ExecutionResult? ToRequestError(DocumentValidationResult result) =>
        result.IsValid ? null : ExecutionResult.FromRequestError(RequestErrorKind.Validation, result.Errors);
}
