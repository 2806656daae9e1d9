using KnowledgeApi.GraphQL.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

// In the builder namespace, like ASP.NET Core's own UseRateLimiter, so Program.cs needs no using.
namespace Microsoft.AspNetCore.Builder;

/// <summary>
/// A per-client rate limit on GraphQL operations over ASP.NET Core's rate limiter, off unless
/// <see cref="GraphQLRateLimitOptions.PermitsPerWindow"/> is set:
/// <code>
/// services.AddGraphQLRateLimiting(o => { o.PermitsPerWindow = 100; o.Window = TimeSpan.FromMinutes(1); });
/// app.UseGraphQLRateLimiting();
/// app.MapGraphQL().RequireGraphQLRateLimiting();
/// </code>
/// </summary>
public static class GraphQLRateLimitingExtensions
{
    /// <summary>The rate limiter policy's name, for <c>RequireRateLimiting</c> on other endpoints.</summary>
    public const string PolicyName = "graphql";

    public static IServiceCollection AddGraphQLRateLimiting(this IServiceCollection services, Action<GraphQLRateLimitOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<GraphQLRateLimitOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.AddRateLimiter(limiter =>
        {
            // The policy writes its own body; this status is what a refusal without one would get.
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy<string, GraphQLRateLimiterPolicy>(PolicyName);
        });
        return services;
    }

    /// <summary>Adds ASP.NET Core's rate limiting middleware (after routing, which <c>WebApplication</c> adds first).</summary>
    public static IApplicationBuilder UseGraphQLRateLimiting(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.UseRateLimiter();
    }

    /// <summary>Puts the endpoints (all of <c>MapGraphQL</c>'s) under the GraphQL policy; only operations count.</summary>
    public static TBuilder RequireGraphQLRateLimiting<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireRateLimiting(PolicyName);
}
