using Microsoft.AspNetCore.Authentication;

namespace KnowledgeApi.Server.Access;

/// <summary>Registers API-key authentication and the <c>Write</c> policy: who may change the knowledge base.</summary>
internal static class AccessServiceCollectionExtensions
{
    public static IServiceCollection AddKnowledgeAccess(this IServiceCollection services, IConfiguration configuration)
    {
        var entries = configuration.GetSection("Knowledge:ApiKeys").Get<List<ApiKeyEntry>>() ?? [];

        // Parsed now, so a malformed key entry stops the start instead of failing per request.
        services.AddSingleton(new ApiKeyStore(entries));
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, configureOptions: null);
        services.AddAuthorizationBuilder()
            .AddPolicy(ApiKeyRights.WritePolicy, policy => policy
                .AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName)
                .RequireAuthenticatedUser()
                .RequireClaim(ApiKeyRights.ClaimType, ApiKeyRights.Write));
        return services;
    }
}
