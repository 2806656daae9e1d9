using KnowledgeApi.Server.Cli;
using KnowledgeApi.Server.Hosting;
using Spectre.Console;

// A verb runs a command and exits; with no verb the host serves, and ASP.NET Core's own
// arguments (--urls, --environment) reach it untouched.
if (IngestCommand.IsInvoked(args))
{
    return await IngestCommand.RunAsync(args[1..], CommandConfiguration.Load(), AnsiConsole.Console, CancellationToken.None).ConfigureAwait(false);
}

if (HashKeyCommand.IsInvoked(args))
{
    return HashKeyCommand.Run(args[1..], Console.In, AnsiConsole.Console);
}

if (ExportSchemaCommand.IsInvoked(args))
{
    return await ExportSchemaCommand.RunAsync(args[1..], CommandConfiguration.Load(), AnsiConsole.Console).ConfigureAwait(false);
}

var app = KnowledgeServer.Build(args);

// Create, migrate and (when empty) seed the database before listening, so the first answer sees the seeds.
await KnowledgeServer.PrepareAsync(app).ConfigureAwait(false);
await app.RunAsync().ConfigureAwait(false);
return 0;
