namespace KnowledgeApi.GraphQL.AspNetCore.Http;

/// <summary>Hot Chocolate's error codes for problems the transport finds before execution.</summary>
internal static class HttpErrorCodes
{
    /// <summary>The body is JSON but not a request: a parameter of the wrong type, a batch.</summary>
    public const string RequestInvalid = "HC0009";

    /// <summary>The body is larger than <see cref="GraphQLServerOptions.MaxRequestBodySize"/>.</summary>
    public const string MaxRequestSize = "HC0010";

    /// <summary>The body (or a JSON query-string parameter) is not JSON.</summary>
    public const string InvalidJson = "HC0012";

    /// <summary>Neither <c>query</c> nor <c>id</c> was given.</summary>
    public const string QueryAndIdMissing = "HC0013";

    /// <summary>The Accept header cannot be parsed.</summary>
    public const string InvalidAcceptHeader = "HC0064";

    /// <summary>The Accept header names no media type we can answer with.</summary>
    public const string NoSupportedAcceptMediaType = "HC0063";
}
