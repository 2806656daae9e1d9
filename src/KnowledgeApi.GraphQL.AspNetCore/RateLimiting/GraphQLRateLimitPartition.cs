using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace KnowledgeApi.GraphQL.AspNetCore.RateLimiting;

/// <summary>
/// Who a request counts against: the API key when it carries an accepted <c>Authorization: Bearer</c>
/// (so call <c>UseAuthentication()</c> before <c>UseGraphQLRateLimiting()</c>), else its remote IP address; and whether it counts at all (only GraphQL operations do, not the IDE's files).
/// </summary>
internal static class GraphQLRateLimitPartition
{
    private const string BearerPrefix = "Bearer ";

    /// <summary>
    /// True for requests that run an operation: every POST, and a GET that carries one. The IDE's
    /// assets, the SDL download and CORS preflights are free, so a browser loading the IDE spends nothing.
    /// </summary>
    public static bool Counts(HttpRequest request)
    {
        if (HttpMethods.IsPost(request.Method))
        {
            return true;
        }

        if (!HttpMethods.IsGet(request.Method) || request.Query.ContainsKey("sdl"))
        {
            return false;
        }

        var query = request.Query;
        return query.ContainsKey("query") || query.ContainsKey("id") || query.ContainsKey("documentId") || query.ContainsKey("extensions");
    }

    /// <summary>
    /// The partition key; a key is hashed so the limiter never holds credentials in memory. Only a
    /// key the app's authentication accepted counts as a client of its own: otherwise anyone could
    /// escape the per-address limit by sending a new made-up key with every request.
    /// </summary>
    public static string KeyOf(HttpContext context)
    {
        var authorization = context.Request.Headers[HeaderNames.Authorization].ToString();
        if (context.User.Identity?.IsAuthenticated == true
            && authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)
            && authorization.Length > BearerPrefix.Length)
        {
            var token = authorization.AsSpan(BearerPrefix.Length).Trim();
            return "key:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token.ToString())));
        }

        return "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
    }
}
