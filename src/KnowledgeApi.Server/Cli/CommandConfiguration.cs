namespace KnowledgeApi.Server.Cli;

/// <summary>
/// Configuration for CLI verbs: appsettings.json and environment variables, as the server reads
/// them, but no command-line provider, because a verb's arguments are paths and flags, not settings.
/// </summary>
internal static class CommandConfiguration
{
    public static IConfiguration Load()
    {
        var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
            ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")
            ?? "Production";
        return new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{environment}.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
    }
}
