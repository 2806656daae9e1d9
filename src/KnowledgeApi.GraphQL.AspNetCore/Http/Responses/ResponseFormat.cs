namespace KnowledgeApi.GraphQL.AspNetCore.Http.Responses;

/// <summary>How a single GraphQL result is sent, chosen from the request's Accept header.</summary>
internal enum ResponseFormat
{
    /// <summary><c>application/graphql-response+json</c>: status codes tell request errors apart.</summary>
    GraphQLResponseJson,

    /// <summary><c>application/json</c>, the legacy type: always 200, clients read the body.</summary>
    Json,

    /// <summary><c>multipart/mixed</c> with one JSON part (incremental-delivery clients).</summary>
    MultipartMixed,

    /// <summary><c>text/event-stream</c> with one <c>next</c> event and a <c>complete</c> event.</summary>
    EventStream,
}

internal static class ResponseFormats
{
    public static string ContentType(this ResponseFormat format) => format switch
    {
        ResponseFormat.GraphQLResponseJson => "application/graphql-response+json; charset=utf-8",
        ResponseFormat.Json => "application/json; charset=utf-8",
        ResponseFormat.MultipartMixed => "multipart/mixed; boundary=\"-\"",
        ResponseFormat.EventStream => "text/event-stream; charset=utf-8",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };
}
