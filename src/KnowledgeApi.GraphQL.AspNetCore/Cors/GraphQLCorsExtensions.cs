using KnowledgeApi.GraphQL.AspNetCore.Cors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

// In DI's namespace, like ASP.NET Core's own AddCors, so Program.cs needs no using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// CORS for browser front-ends on other origins. GraphQL clients POST JSON with custom headers,
/// which browsers preflight; the policy answers preflights for any method and header of the
/// allowed origins, and exposes nothing beyond the safelisted response headers.
/// </summary>
public static class GraphQLCorsExtensions
{
    /// <summary>Registers the <see cref="GraphQLCorsOptions.PolicyName"/> policy; call <c>app.UseGraphQLCors()</c> to apply it.</summary>
    public static IServiceCollection AddGraphQLCors(this IServiceCollection services, Action<GraphQLCorsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddCors();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        // Built from the options and the environment once the container exists, so configuration
        // bound later (appsettings, environment variables) still counts.
        services.AddOptions<CorsOptions>().Configure<IOptions<GraphQLCorsOptions>, IHostEnvironment>(
            (cors, graphql, environment) => cors.AddPolicy(GraphQLCorsOptions.PolicyName, policy => Build(policy, graphql.Value, environment)));
        return services;
    }

    /// <summary>Applies the GraphQL CORS policy to every request (place it before <c>MapGraphQL</c>).</summary>
    public static IApplicationBuilder UseGraphQLCors(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.UseCors(GraphQLCorsOptions.PolicyName);
    }

    private static void Build(CorsPolicyBuilder policy, GraphQLCorsOptions options, IHostEnvironment environment)
    {
        policy.AllowAnyMethod().AllowAnyHeader().SetPreflightMaxAge(options.PreflightMaxAge);
        if ((options.AllowAnyOriginInDevelopment && environment.IsDevelopment()) || options.AllowedOrigins.Contains("*"))
        {
            policy.AllowAnyOrigin();
            return;
        }

        // No origin configured: the policy allows nothing, so cross-origin browsers are refused.
        policy.WithOrigins([.. options.AllowedOrigins]);
    }
}
