using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using GraphQLAuthorizationHandler = KnowledgeApi.GraphQL.Authorization.IAuthorizationHandler;

namespace KnowledgeApi.GraphQL.AspNetCore.Authorization;

/// <summary>
/// What <c>AddGraphQLServer()</c> registers for <c>[Authorize]</c>: <see cref="AspNetCoreAuthorizationHandler"/>,
/// unless the application registered its own handler first; the engine's <c>AddAuthorization()</c>
/// then keeps this one. ASP.NET Core's own authorization services are NOT added here: once they are,
/// <c>WebApplication</c> inserts its authorization middleware and insists on <c>services.AddAuthorization()</c>;
/// applications with policies call that themselves.
/// </summary>
internal static class GraphQLAuthorizationServices
{
    public static void Add(IServiceCollection services)
    {
        services.TryAddSingleton<GraphQLAuthorizationHandler, AspNetCoreAuthorizationHandler>();
    }
}
