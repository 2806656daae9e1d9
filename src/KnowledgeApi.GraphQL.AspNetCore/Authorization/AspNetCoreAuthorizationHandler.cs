using KnowledgeApi.GraphQL.Authorization;
using KnowledgeApi.GraphQL.Execution;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using GraphQLAuthorizationHandler = KnowledgeApi.GraphQL.Authorization.IAuthorizationHandler;

namespace KnowledgeApi.GraphQL.AspNetCore.Authorization;

/// <summary>
/// Decides <c>[Authorize]</c> with ASP.NET Core's authorization, as Hot Chocolate's AspNetCore
/// handler does: no authenticated user → <see cref="AuthorizeResult.NotAuthenticated"/>; roles are
/// checked with <c>IsInRole</c> (any one suffices); a named policy, or the default policy when the
/// directive names neither policy nor roles, is evaluated by <see cref="IAuthorizationService"/>
/// with the field's context as the resource. Services come from the request's scope.
/// </summary>
public sealed class AspNetCoreAuthorizationHandler : GraphQLAuthorizationHandler
{
    public async ValueTask<AuthorizeResult> AuthorizeAsync(IMiddlewareContext context, AuthorizeDirective directive)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(directive);
        var user = context.GetUser();
        if (!DefaultAuthorizationHandler.IsAuthenticated(user))
        {
            return AuthorizeResult.NotAuthenticated;
        }

        if (!DefaultAuthorizationHandler.IsInAnyRole(user!, directive.Roles))
        {
            return AuthorizeResult.NotAllowed;
        }

        // Roles alone are the whole requirement; otherwise a policy decides (Hot Chocolate's rule).
        if (directive.Policy is null && directive.Roles is { Count: > 0 })
        {
            return AuthorizeResult.Allowed;
        }

        var policies = context.Services.GetService<IAuthorizationPolicyProvider>();
        var authorization = context.Services.GetService<IAuthorizationService>();
        if (policies is null || authorization is null)
        {
            // Without services.AddAuthorization() there are no policies; ASP.NET Core's default
            // policy (an authenticated user) is what was already checked.
            return directive.Policy is null ? AuthorizeResult.Allowed : AuthorizeResult.PolicyNotFound;
        }

        var policy = directive.Policy is null
            ? await policies.GetDefaultPolicyAsync().ConfigureAwait(false)
            : await policies.GetPolicyAsync(directive.Policy).ConfigureAwait(false);
        if (policy is null)
        {
            return directive.Policy is null ? AuthorizeResult.NoDefaultPolicy : AuthorizeResult.PolicyNotFound;
        }

        var result = await authorization.AuthorizeAsync(user!, context, policy).ConfigureAwait(false);
        return result.Succeeded ? AuthorizeResult.Allowed : AuthorizeResult.NotAllowed;
    }
}
