namespace KnowledgeApi.Server.Hosting;

/// <summary>
/// CORS for browser front-ends served from other origins: the origins listed under
/// <c>Cors:AllowedOrigins</c> (environment: <c>Cors__AllowedOrigins__0=https://app.example</c>),
/// or any origin in Development, where front-ends run on ever-changing local ports.
/// </summary>
internal static class BrowserOrigins
{
    public static IServiceCollection AddBrowserOrigins(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var allowed = configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
        return services.AddCors(options => options.AddDefaultPolicy(policy =>
        {
            if (environment.IsDevelopment() || allowed.Contains("*"))
            {
                policy.AllowAnyOrigin();
            }
            else
            {
                policy.WithOrigins(allowed);
            }

            // GraphQL clients send JSON with custom headers (GraphQL-Preflight, Authorization), over GET and POST.
            policy.AllowAnyHeader().WithMethods("GET", "POST");
        }));
    }
}
