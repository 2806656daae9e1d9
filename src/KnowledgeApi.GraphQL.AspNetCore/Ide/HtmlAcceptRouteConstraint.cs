using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Primitives;

namespace KnowledgeApi.GraphQL.AspNetCore.Ide;

/// <summary>
/// Lets the IDE's endpoint at the GraphQL path match only a browser navigation: a request whose
/// first <c>Accept</c> value names <c>text/html</c>. Any other request at that path (a GraphQL GET
/// or POST from a client) fails this constraint, so routing passes it to the GraphQL endpoint
/// mapped on the same path instead of the IDE. This is Hot Chocolate's rule for its tool.
/// </summary>
/// <remarks>
/// It is a route constraint on a key that is not a route parameter: the matcher evaluates such
/// constraints per candidate with the <see cref="HttpContext"/>, which needs no service
/// registration, so <c>MapGraphQLIde</c> works without an <c>AddXxx</c> call.
/// </remarks>
internal sealed class HtmlAcceptRouteConstraint : IRouteConstraint
{
    /// <summary>The route-value key the constraint is registered under; it never appears in a template.</summary>
    public const string Key = "__ideAcceptsHtml";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection)
    {
        // Link generation has no request to look at; the IDE endpoint may be linked to freely.
        if (routeDirection == RouteDirection.UrlGeneration)
        {
            return true;
        }

        return httpContext is not null && FirstAcceptValueIsHtml(httpContext.Request.Headers.Accept);
    }

    /// <summary>True when the first media range of the first Accept header contains <c>text/html</c>.</summary>
    internal static bool FirstAcceptValueIsHtml(StringValues accept)
    {
        if (accept.Count == 0 || accept[0] is not { } header)
        {
            return false;
        }

        var firstComma = header.IndexOf(',', StringComparison.Ordinal);
        var first = firstComma < 0 ? header.AsSpan() : header.AsSpan(0, firstComma);
        return first.Contains("text/html", StringComparison.OrdinalIgnoreCase);
    }
}
