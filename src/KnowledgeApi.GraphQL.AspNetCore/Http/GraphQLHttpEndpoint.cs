using System.Diagnostics;
using KnowledgeApi.GraphQL.AspNetCore.Http.Requests;
using KnowledgeApi.GraphQL.AspNetCore.Http.Responses;
using KnowledgeApi.GraphQL.Errors;
using KnowledgeApi.GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Net.Http.Headers;

namespace KnowledgeApi.GraphQL.AspNetCore.Http;

/// <summary>
/// GraphQL over HTTP for one mapped path: POST with a JSON body and GET with query-string
/// parameters. Each request goes: check the request's content type (POST) → negotiate the response
/// type from Accept → read the request → execute → write the result with the status code the
/// negotiated type calls for. Anything a client can get wrong becomes a GraphQL error with
/// Hot Chocolate's code and a 4xx status; nothing a client sends produces a 5xx.
/// </summary>
internal sealed class GraphQLHttpEndpoint(GraphQLServerOptions options)
{
    private ILogger? logger;

    public GraphQLServerOptions Options { get; } = options;

    public Task HandlePostAsync(HttpContext context) => HandleAsync(context, ReadPostAsync);

    public Task HandleGetAsync(HttpContext context) => HandleAsync(context, ReadGetAsync);

    private async Task HandleAsync(HttpContext context, Func<HttpContext, Task<GraphQLRequest>> read)
    {
        var format = ResponseFormat.GraphQLResponseJson;
        var started = Stopwatch.GetTimestamp();
        var log = logger ??= context.RequestServices.GetService<ILoggerFactory>()?.CreateLogger(GraphQLRequestLog.Category) ?? NullLogger.Instance;
        try
        {
            RequireSupportedRequest(context);
            format = AcceptHeaderNegotiator.Negotiate(context.Request.Headers.Accept);
            var request = await read(context);
            var executor = context.RequestServices.GetRequiredService<IRequestExecutor>();
            var result = await executor.ExecuteAsync(
                request with
                {
                    Services = context.RequestServices,
                    ContextData = WithHttpContext(request.ContextData, context),
                },
                context.RequestAborted);
            var statusCode = HttpStatusMapper.StatusCodeFor(result, format);
            await GraphQLResponseWriter.WriteAsync(context.Response, result, format, statusCode, context.RequestAborted);
            GraphQLRequestLog.Executed(
                log, context.Request.Method, request.OperationName ?? "(unnamed)", statusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds, result.Errors.Count);
        }
        catch (HttpRequestRejectedException rejected)
        {
            // A rejected request's status is the transport's verdict, whatever the response type.
            await GraphQLResponseWriter.WriteAsync(context.Response, ExecutionResult.FromRequestError(RequestErrorKind.InvalidRequest, rejected.Error), format, rejected.StatusCode, context.RequestAborted);
            GraphQLRequestLog.Refused(log, context.Request.Method, rejected.StatusCode, rejected.Error.Code ?? "-", rejected.Error.Message);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away: there is nobody to answer.
        }
    }

    private void RequireSupportedRequest(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method))
        {
            if (!Options.EnableGetRequests)
            {
                throw new HttpRequestRejectedException(
                    StatusCodes.Status405MethodNotAllowed,
                    new GraphQLError("GraphQL requests over GET are not enabled on this server; send a POST."));
            }

            return;
        }

        // POST: only JSON (in UTF-8, the spec's only required encoding) is a GraphQL request here.
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (contentType.Charset.HasValue && !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            var given = string.IsNullOrEmpty(request.ContentType) ? "none" : $"`{request.ContentType}`";
            throw new HttpRequestRejectedException(
                StatusCodes.Status415UnsupportedMediaType,
                new GraphQLError($"The request content type ({given}) is not supported; send application/json in UTF-8."));
        }
    }

    private Task<GraphQLRequest> ReadPostAsync(HttpContext context) =>
        RequestBodyReader.ReadAsync(context, Options.MaxRequestBodySize, GraphQLRequestJsonReader.Read);

    private Task<GraphQLRequest> ReadGetAsync(HttpContext context) =>
        Task.FromResult(QueryStringRequestReader.Read(context.Request.Query) with { AllowedOperations = Options.AllowedGetOperations });

    private static Dictionary<string, object?> WithHttpContext(IReadOnlyDictionary<string, object?>? contextData, HttpContext context)
    {
        var data = contextData is null
            ? new Dictionary<string, object?>(1, StringComparer.Ordinal)
            : new Dictionary<string, object?>(contextData, StringComparer.Ordinal);
        data[GraphQLHttpContextKeys.HttpContext] = context;
        data[GraphQL.Authorization.AuthorizationContextKeys.User] = context.User;
        CostHeader.Apply(context.Request.Headers, data);
        return data;
    }
}
