using Microsoft.Extensions.Logging;

namespace KnowledgeApi.GraphQL.AspNetCore.Http;

/// <summary>
/// One structured log line per GraphQL request (operation, method, status, duration, error
/// count), written by the endpoint because only it sees both the parsed request and the result.
/// Source-generated, so a disabled level costs nothing.
/// </summary>
internal static partial class GraphQLRequestLog
{
    /// <summary>The logger category; hosts filter on it (<c>Logging:LogLevel:KnowledgeApi.GraphQL.Http</c>).</summary>
    public const string Category = "KnowledgeApi.GraphQL.Http";

    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "GraphQL {Method} {OperationName} answered {StatusCode} in {ElapsedMilliseconds:0.0} ms with {ErrorCount} errors")]
    public static partial void Executed(ILogger logger, string method, string operationName, int statusCode, double elapsedMilliseconds, int errorCount);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information,
        Message = "GraphQL {Method} refused with {StatusCode} ({ErrorCode}): {Reason}")]
    public static partial void Refused(ILogger logger, string method, int statusCode, string errorCode, string reason);
}
