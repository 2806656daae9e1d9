using System.Security.Claims;
using KnowledgeApi.GraphQL.Execution;

namespace KnowledgeApi.GraphQL.Authorization;

/// <summary>
/// The engine's handler, for hosts without ASP.NET Core: the user must be authenticated and, when
/// roles are given, in one of them. The engine has no policy store, so a named policy is
/// <see cref="AuthorizeResult.PolicyNotFound"/> (refused, never silently allowed).
/// </summary>
public sealed class DefaultAuthorizationHandler : IAuthorizationHandler
{
    public static DefaultAuthorizationHandler Instance { get; } = new();

    public ValueTask<AuthorizeResult> AuthorizeAsync(IMiddlewareContext context, AuthorizeDirective directive)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(directive);
        var user = context.GetUser();
        if (!IsAuthenticated(user))
        {
            return new(AuthorizeResult.NotAuthenticated);
        }

        if (!IsInAnyRole(user!, directive.Roles))
        {
            return new(AuthorizeResult.NotAllowed);
        }

        return new(directive.Policy is null ? AuthorizeResult.Allowed : AuthorizeResult.PolicyNotFound);
    }

    /// <summary>True when one of the user's identities is authenticated.</summary>
    public static bool IsAuthenticated(ClaimsPrincipal? user) =>
        user is not null && user.Identities.Any(identity => identity.IsAuthenticated);

    /// <summary>True when no roles are required or the user is in at least one of them.</summary>
    public static bool IsInAnyRole(ClaimsPrincipal user, IReadOnlyList<string>? roles)
    {
        ArgumentNullException.ThrowIfNull(user);
        return roles is null || roles.Count == 0 || roles.Any(user.IsInRole);
    }
}
