using System.Text.Json;
using KnowledgeApi.GraphQL.Errors;

namespace KnowledgeApi.GraphQL.Execution;

/// <summary>
/// The outcome of one request. A request error (syntax, validation, variables, limits) has no
/// <c>data</c> key at all; once execution started, <see cref="HasData"/> is true even when data is null.
/// </summary>
public interface IExecutionResult
{
    IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>True when execution started, so the response has a <c>data</c> key (possibly null).</summary>
    bool HasData { get; }

    /// <summary>Why the request never executed; <see cref="RequestErrorKind.None"/> when it did.</summary>
    RequestErrorKind RequestError { get; }

    /// <summary>Response-level extensions (e.g. cost reports); null when there are none.</summary>
    IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>Writes the response object (<c>errors</c>, then <c>data</c>, then <c>extensions</c>).</summary>
    void WriteTo(Utf8JsonWriter writer);
}

/// <summary>Why a request was refused before execution; the transport maps it to a status code.</summary>
public enum RequestErrorKind
{
    None,

    /// <summary>The document is not valid GraphQL syntax (HC0011).</summary>
    Syntax,

    /// <summary>The document failed validation.</summary>
    Validation,

    /// <summary>Variables could not be coerced, or the operation to run could not be chosen.</summary>
    InvalidRequest,

    /// <summary>The operation kind is not allowed for this request (a mutation over GET): HTTP 405.</summary>
    OperationNotAllowed,

    /// <summary>A persisted document id that is not stored (HC0020).</summary>
    PersistedDocumentNotFound,

    /// <summary>A limit refused the request before execution (cost, depth, size, only-persisted mode).</summary>
    LimitExceeded,
}
