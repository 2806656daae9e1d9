using KnowledgeApi.GraphQL.Errors;
using KnowledgeApi.GraphQL.Execution;

namespace KnowledgeApi.GraphQL.Authorization;

/// <summary>
/// The executor's first step for a field with <see cref="AuthorizeDirective"/>s: every directive
/// must be allowed before the field's arguments are coerced or its pipeline runs, so a refused
/// field reveals nothing (no argument errors, no domain errors) and changes nothing.
/// </summary>
internal static class FieldAuthorization
{
    public static async ValueTask AuthorizeAsync(IMiddlewareContext context, IReadOnlyList<AuthorizeDirective> directives)
    {
        var handler = context.Services.GetService(typeof(IAuthorizationHandler)) as IAuthorizationHandler ?? DefaultAuthorizationHandler.Instance;
        foreach (var directive in directives)
        {
            var result = await handler.AuthorizeAsync(context, directive).ConfigureAwait(false);
            if (result != AuthorizeResult.Allowed)
            {
                throw new GraphQLException(AuthorizationErrors.For(result, directive));
            }
        }
    }
}
