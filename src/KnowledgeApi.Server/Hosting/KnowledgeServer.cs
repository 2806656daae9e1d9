using KnowledgeApi.GraphQL.AspNetCore.Cors;
using KnowledgeApi.Server.Access;
using KnowledgeApi.Server.GraphQL;
using KnowledgeApi.Server.Knowledge;

namespace KnowledgeApi.Server.Hosting;

/// <summary>
/// Composes the web host: the one place Program.cs and the integration tests build the server
/// from, so the tests run exactly what a user runs.
/// </summary>
internal static class KnowledgeServer
{
    /// <summary>Builds the application; <paramref name="args"/> are ASP.NET Core's own (<c>--urls</c>, <c>--environment</c>, settings).</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);

        // A stop signal lets running requests finish for a few seconds before the process ends.
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(10));
        builder.Services.AddKnowledgeBase(builder.Configuration);
        builder.Services.AddKnowledgeAccess(builder.Configuration);
        builder.Services.AddKnowledgeGraph().AddGraphQLLimits(builder.Configuration, builder.Environment.ContentRootPath)
            .AddOperationLimits(builder.Configuration.GetSection(OperationLimitSettings.Section));
        builder.Services.AddRequestLogging();

        // CORS for browser front-ends on other origins: Cors:AllowedOrigins (e.g. Cors__AllowedOrigins__0=https://app.example),
        // any origin in Development, where front-ends run on changing local ports.
        builder.Services.AddGraphQLCors();
        builder.Services.Configure<GraphQLCorsOptions>(builder.Configuration.GetSection("Cors"));

        var app = builder.Build();
        app.UseGraphQLCors();

        // Who is calling (an API key or nobody); reads stay public, mutations ask the Write policy.
        app.UseAuthentication();

        // After CORS, so a browser can read a 429; the limit itself is off unless GraphQL:RateLimit is set.
        app.UseGraphQLRateLimiting();
        app.MapGet("/healthz", () => "ok");
        app.MapGraphQL().RequireGraphQLRateLimiting();
        return app;
    }

    /// <summary>Creates, migrates and (when empty) seeds the database; call before the server listens.</summary>
    public static Task PrepareAsync(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Services.GetRequiredService<KnowledgeBaseStartup>().PrepareAsync(app.Lifetime.ApplicationStopping);
    }
}
