using KnowledgeApi.Server.Cli;
using KnowledgeApi.Server.GraphQL;
using KnowledgeApi.Server.Knowledge;
using Spectre.Console;

// A verb runs a command and exits; with no verb the host serves, and ASP.NET Core's own
// arguments (--urls, --environment) reach it untouched.
if (IngestCommand.IsInvoked(args))
{
    return await IngestCommand.RunAsync(args[1..], CommandConfiguration.Load(), AnsiConsole.Console, CancellationToken.None).ConfigureAwait(false);
}

if (ExportSchemaCommand.IsInvoked(args))
{
    return await ExportSchemaCommand.RunAsync(args[1..], CommandConfiguration.Load(), AnsiConsole.Console).ConfigureAwait(false);
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddKnowledgeBase(builder.Configuration);
builder.Services.AddKnowledgeGraph();
var app = builder.Build();

// Create, migrate and (when empty) seed the database before listening.
await app.Services.GetRequiredService<KnowledgeBaseStartup>().PrepareAsync(app.Lifetime.ApplicationStopping).ConfigureAwait(false);

app.MapGet("/healthz", () => "ok");
await app.RunAsync().ConfigureAwait(false);
return 0;
