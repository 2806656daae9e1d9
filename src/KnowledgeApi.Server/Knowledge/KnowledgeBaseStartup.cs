using KnowledgeApi.Ingestion.Pipeline;
using KnowledgeApi.Knowledge;
using KnowledgeApi.Knowledge.Database;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeApi.Server.Knowledge;

/// <summary>
/// Runs before the server listens: creates and migrates the database, and fills an empty one
/// with the seed articles, so the first request already finds data.
/// </summary>
internal sealed class KnowledgeBaseStartup(
    KnowledgeFiles files,
    IDbContextFactory<KnowledgeDbContext> contexts,
    IngestionPipeline pipeline,
    ILogger<KnowledgeBaseStartup> logger)
{
    /// <returns>The seeding summary, or null when the database already had articles or no seeds were found.</returns>
    public async Task<IngestSummary?> PrepareAsync(CancellationToken cancellationToken = default)
    {
        var context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            await KnowledgeDatabase.MigrateAsync(context, cancellationToken).ConfigureAwait(false);
            if (await context.Articles.AnyAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }
        }

        var seeds = files.SeedsPath;
        if (seeds is null || !Directory.Exists(seeds))
        {
            logger.LogWarning("The knowledge base is empty and no seeds folder was found (set Knowledge:SeedsPath).");
            return null;
        }

        var (articles, _) = ArticleFiles.Expand([seeds]);
        var summary = await pipeline.IngestAsync(articles, cancellationToken: cancellationToken).ConfigureAwait(false);
        logger.LogInformation(
            "Seeded the knowledge base from {Seeds}: {Added} added, {Skipped} skipped.", seeds, summary.Added, summary.Skipped);
        foreach (var problem in summary.Results.Where(r => r.Problem is not null))
        {
            logger.LogWarning("Seed skipped: {Problem}", problem.Problem);
        }

        return summary;
    }
}
