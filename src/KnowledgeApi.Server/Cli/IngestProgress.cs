using KnowledgeApi.Ingestion.Pipeline;
using Spectre.Console;

namespace KnowledgeApi.Server.Cli;

/// <summary>Runs an ingest with a progress bar when there are many files and a terminal to draw on.</summary>
internal static class IngestProgress
{
    private const int FilesWorthABar = 5;

    public static async Task<IngestSummary> RunAsync(IAnsiConsole console, IngestionPipeline pipeline, IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        if (files.Count < FilesWorthABar || !console.Profile.Capabilities.Interactive)
        {
            return await pipeline.IngestAsync(files, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        IngestSummary? summary = null;
        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask("Ingesting articles", maxValue: files.Count);
                var report = new Progress<IngestResult>(_ => task.Increment(1));
                summary = await pipeline.IngestAsync(files, report, cancellationToken).ConfigureAwait(false);
                task.Value = files.Count;
            })
            .ConfigureAwait(false);
        return summary!;
    }
}
