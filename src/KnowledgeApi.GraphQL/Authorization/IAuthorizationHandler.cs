using KnowledgeApi.GraphQL.Execution;

namespace KnowledgeApi.GraphQL.Authorization;

/// <summary>
/// Decides whether the current user may resolve a field. The executor asks the handler registered
/// in the request's services (<c>AddAuthorization()</c>; the ASP.NET Core transport registers one
/// backed by <c>IAuthorizationService</c>) before anything else about the field happens.
/// The user is in <see cref="IResolverContext.ContextData"/> under <see cref="AuthorizationContextKeys.User"/>.
/// </summary>
public interface IAuthorizationHandler
{
    ValueTask<AuthorizeResult> AuthorizeAsync(IMiddlewareContext context, AuthorizeDirective directive);
}
