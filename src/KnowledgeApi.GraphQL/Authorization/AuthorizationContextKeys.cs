using System.Security.Claims;
using KnowledgeApi.GraphQL.Execution;

namespace KnowledgeApi.GraphQL.Authorization;

/// <summary>Where a transport puts the user into a request's <c>ContextData</c> (Hot Chocolate's key).</summary>
public static class AuthorizationContextKeys
{
    /// <summary>The request's <see cref="ClaimsPrincipal"/>.</summary>
    public const string User = nameof(ClaimsPrincipal);

    /// <summary>The request's user, or null when the transport gave none.</summary>
    public static ClaimsPrincipal? GetUser(this IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.ContextData.TryGetValue(User, out var user) ? user as ClaimsPrincipal : null;
    }
}
