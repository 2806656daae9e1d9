using KnowledgeApi.GraphQL.Errors;

namespace KnowledgeApi.GraphQL.Execution.Persisted;

/// <summary>The request errors of persisted operations, with Hot Chocolate's codes and messages where HC has them.</summary>
public static class PersistedOperationErrors
{
    /// <summary>HC's code for an id (or APQ hash) that is not stored.</summary>
    public const string NotFoundCode = "HC0020";

    /// <summary>HC's code for a document sent in only-persisted mode.</summary>
    public const string OnlyPersistedAllowedCode = "HC0067";

    /// <summary>HC's code for a request of the wrong shape (here: a malformed <c>extensions.persistedQuery</c>).</summary>
    public const string RequestInvalidCode = "HC0009";

    /// <summary>Ours: HC has no public code for an APQ hash that is not the query's hash.</summary>
    public const string HashMismatchCode = "PERSISTED_QUERY_HASH_MISMATCH";

    /// <summary>The message Apollo's persisted-queries link waits for before it resends with the query.</summary>
    public static ExecutionResult NotFound() =>
        ExecutionResult.FromRequestError(RequestErrorKind.PersistedDocumentNotFound, new GraphQLError("PersistedQueryNotFound").WithCode(NotFoundCode));

    public static ExecutionResult OnlyPersistedAllowed() =>
        ExecutionResult.FromRequestError(RequestErrorKind.LimitExceeded, new GraphQLError("Only persisted operations are allowed.").WithCode(OnlyPersistedAllowedCode));

    internal static ExecutionResult HashMismatch(AutomaticPersistedQuery query) =>
        ExecutionResult.FromRequestError(
            RequestErrorKind.InvalidRequest,
            new GraphQLError($"The `{query.HashName}` in `extensions.persistedQuery` is not the hash of the query that was sent.")
                .WithCode(HashMismatchCode)
                .WithExtension(query.HashName, query.Hash));

    internal static ExecutionResult Invalid(GraphQLError error) => ExecutionResult.FromRequestError(RequestErrorKind.InvalidRequest, error);
}
