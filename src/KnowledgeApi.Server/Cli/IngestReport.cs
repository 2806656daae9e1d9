using KnowledgeApi.Ingestion.Pipeline;
using Spectre.Console;

namespace KnowledgeApi.Server.Cli;

/// <summary>Prints the problems of an ingest run and its closing summary line.</summary>
internal static class IngestReport
{
    public static void Write(IAnsiConsole console, IngestSummary summary, int fileCount)
    {
        foreach (var result in summary.Results.Where(r => r.Problem is not null))
        {
            console.WriteLine($"skipped {result.Problem}");
        }

        if (fileCount == 0)
        {
            console.WriteLine("No article files (.txt, .md) were found.");
        }

        console.WriteLine(
            $"Articles: {summary.Added} added, {summary.Updated} updated, {summary.Unchanged} unchanged, {summary.Skipped} skipped.");
    }
}
