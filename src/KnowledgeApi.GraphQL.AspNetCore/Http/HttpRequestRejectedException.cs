using KnowledgeApi.GraphQL.Errors;

namespace KnowledgeApi.GraphQL.AspNetCore.Http;

/// <summary>
/// The transport refuses a request before execution (bad JSON, a missing query, a body too
/// large...). Thrown by the readers, caught by the endpoint and written as a GraphQL error with
/// <see cref="StatusCode"/>; it never leaves the endpoint.
/// </summary>
internal sealed class HttpRequestRejectedException(int statusCode, GraphQLError error, Exception? inner = null)
    : Exception(error.Message, inner)
{
    public int StatusCode { get; } = statusCode;

    public GraphQLError Error { get; } = error;

    public static HttpRequestRejectedException BadRequest(string code, string message, Exception? inner = null) =>
        new(400, new GraphQLError(message).WithCode(code), inner);
}
