using System.Globalization;
using System.Threading.RateLimiting;
using KnowledgeApi.GraphQL.AspNetCore.Http;
using KnowledgeApi.GraphQL.AspNetCore.Http.Responses;
using KnowledgeApi.GraphQL.Errors;
using KnowledgeApi.GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace KnowledgeApi.GraphQL.AspNetCore.RateLimiting;

/// <summary>
/// The ASP.NET Core rate limiter policy behind <c>RequireGraphQLRateLimiting()</c>: one fixed window
/// per client (<see cref="GraphQLRateLimitPartition"/>), no queue, and a refusal answered 429 with
/// <c>Retry-After</c> and a GraphQL error body (<c>RATE_LIMITED</c>; Hot Chocolate has no code of its own).
/// </summary>
internal sealed class GraphQLRateLimiterPolicy(IOptions<GraphQLRateLimitOptions> options) : IRateLimiterPolicy<string>
{
    public const string Code = "RATE_LIMITED";

    private readonly GraphQLRateLimitOptions settings = options.Value;

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => WriteRejectionAsync;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        if (!settings.IsEnabled || !GraphQLRateLimitPartition.Counts(httpContext.Request))
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        return RateLimitPartition.GetFixedWindowLimiter(GraphQLRateLimitPartition.KeyOf(httpContext), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = settings.PermitsPerWindow,
            Window = settings.Window,

            // Refuse at once: a queued request holds a connection while the client waits for nothing it can see.
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    private async ValueTask WriteRejectionAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : Math.Max(1, (int)Math.Ceiling(settings.Window.TotalSeconds));
        var response = context.HttpContext.Response;
        response.Headers[HeaderNames.RetryAfter] = seconds.ToString(CultureInfo.InvariantCulture);

        var error = new GraphQLError($"Too many requests: this client may send {settings.PermitsPerWindow} operations per {Describe(settings.Window)}; try again in {seconds} s.")
            .WithCode(Code)
            .WithExtension("retryAfter", seconds);
        var result = ExecutionResult.FromRequestError(RequestErrorKind.LimitExceeded, error);
        await GraphQLResponseWriter.WriteAsync(response, result, FormatFor(context.HttpContext.Request), StatusCodes.Status429TooManyRequests, cancellationToken);
    }

    /// <summary>The client's JSON type when it names one; streams and unparsable headers get the GraphQL response type.</summary>
    private static ResponseFormat FormatFor(HttpRequest request)
    {
        try
        {
            return AcceptHeaderNegotiator.Negotiate(request.Headers.Accept) is ResponseFormat.Json ? ResponseFormat.Json : ResponseFormat.GraphQLResponseJson;
        }
        catch (HttpRequestRejectedException)
        {
            return ResponseFormat.GraphQLResponseJson;
        }
    }

    private static string Describe(TimeSpan window) => window.TotalSeconds switch
    {
        1 => "second",
        60 => "minute",
        3600 => "hour",
        _ => window.ToString("c", CultureInfo.InvariantCulture),
    };
}
