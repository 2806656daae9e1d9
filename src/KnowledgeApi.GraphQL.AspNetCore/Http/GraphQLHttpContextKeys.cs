namespace KnowledgeApi.GraphQL.AspNetCore.Http;

/// <summary>Keys under which the transport puts HTTP state into a request's <c>ContextData</c>.</summary>
public static class GraphQLHttpContextKeys
{
    /// <summary>
    /// The request's <see cref="Microsoft.AspNetCore.Http.HttpContext"/> (Hot Chocolate uses the same
    /// key), so resolvers and middleware can read headers, the user or the connection.
    /// </summary>
    public const string HttpContext = "HttpContext";
}
