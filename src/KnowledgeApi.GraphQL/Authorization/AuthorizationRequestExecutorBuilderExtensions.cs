using KnowledgeApi.GraphQL.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeApi.GraphQL.Execution;

/// <summary>Hot Chocolate's <c>AddAuthorization()</c> on the executor builder.</summary>
public static class AuthorizationRequestExecutorBuilderExtensions
{
    /// <summary>
    /// Enforces <c>[Authorize]</c> with the registered <see cref="IAuthorizationHandler"/>: the
    /// ASP.NET Core one when <c>AddGraphQLServer()</c> registered it, else the engine's
    /// <see cref="DefaultAuthorizationHandler"/>. (Fields with <c>[Authorize]</c> are refused by the
    /// default handler even without this call: authorization never fails open.)
    /// </summary>
    public static IRequestExecutorBuilder AddAuthorization(this IRequestExecutorBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<IAuthorizationHandler>(DefaultAuthorizationHandler.Instance);
        return builder;
    }
}
