using KnowledgeApi.Ingestion.Extraction;
using KnowledgeApi.Ingestion.Reading;
using KnowledgeApi.Knowledge;
using KnowledgeApi.Knowledge.Model;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeApi.Ingestion.Storing;

/// <summary>
/// Step 5: stores one article and what extraction found in it, in one write transaction. An
/// article with the same source name (or else the same slug) and content hash is left alone; one
/// whose content changed keeps its id and has its content replaced, and entities only its old
/// version referenced (and nobody curated) are removed, so nothing is left orphaned.
/// </summary>
public sealed class PersistStep(IDbContextFactory<KnowledgeDbContext> contexts)
{
    public async Task<PersistResult> PersistAsync(ArticleDocument document, ExtractedArticle extracted, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(extracted);
        var context = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (context.ConfigureAwait(false))
        {
            var transaction = await WriteTransaction.BeginAsync(context, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var slug = Slugs.FromTitle(document.Title);
                var matches = await context.Articles.Where(a => a.SourceName == document.SourceName || a.Slug == slug)
                    .ToListAsync(cancellationToken).ConfigureAwait(false);
                var existing = matches.Find(a => a.SourceName == document.SourceName) ?? matches.Find(a => a.Slug == slug);
                if (existing is not null && existing.ContentHash == document.ContentHash && existing.SourceName == document.SourceName)
                {
                    await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                    return new PersistResult(PersistStatus.Unchanged, existing.Id);
                }

                List<int> previouslyReferenced = [];
                if (existing is not null)
                {
                    previouslyReferenced = await ArticleContent.ReferencedEntityIdsAsync(context, existing.Id, cancellationToken).ConfigureAwait(false);
                    await ArticleContent.RemoveAsync(context, existing.Id, cancellationToken).ConfigureAwait(false);
                }

                var article = existing ?? context.Articles.Add(new Article
                {
                    Title = document.Title,
                    Slug = slug,
                    SourceName = document.SourceName,
                    ContentHash = document.ContentHash,
                }).Entity;
                article.Slug = matches.Exists(a => a.Slug == slug && a != existing)
                    ? await UniqueSlugAsync(context, slug, existing?.Id, cancellationToken).ConfigureAwait(false)
                    : slug;
                Fill(article, document);

                var resolver = new EntityResolver(context);
                await resolver.PreloadAsync(Candidates(document, extracted), cancellationToken).ConfigureAwait(false);
                await ResolveBylineAsync(resolver, article, document, cancellationToken).ConfigureAwait(false);
                var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
                foreach (var found in extracted.Entities)
                {
                    if (!entities.ContainsKey(found.Key))
                    {
                        entities[found.Key] = await resolver.ResolveAsync(ExtractionMapping.ToCandidate(found), cancellationToken).ConfigureAwait(false);
                    }
                }

                // Entities and the article first: mentions, quotations and links need their ids.
                await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await ExtractedContent.WriteAsync(context, article, extracted, entities, cancellationToken).ConfigureAwait(false);

                if (previouslyReferenced.Count > 0)
                {
                    await ArticleContent.RemoveOrphansAsync(context, previouslyReferenced, cancellationToken).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return new PersistResult(existing is null ? PersistStatus.Added : PersistStatus.Updated, article.Id);
            }
        }
    }

    private static void Fill(Article article, ArticleDocument document)
    {
        article.Title = document.Title;
        article.Subtitle = document.Subtitle;
        article.SourceName = document.SourceName;
        article.PublishedOn = document.PublishedOn?.Date;
        article.PublishedOnPrecision = document.PublishedOn?.Precision;
        article.Dateline = document.Dateline?.Place;
        article.ContentHash = document.ContentHash;
        article.Body = [.. document.Paragraphs];
        article.WordCount = document.WordCount;
    }

    private static IEnumerable<EntityCandidate> Candidates(ArticleDocument document, ExtractedArticle extracted)
    {
        if (document.Publisher is not null)
        {
            yield return KnownPublishers.Candidate(document.Publisher);
        }

        foreach (var author in document.Authors)
        {
            yield return new EntityCandidate(EntityType.Person, author, []);
        }

        foreach (var entity in extracted.Entities)
        {
            yield return ExtractionMapping.ToCandidate(entity);
        }
    }

    private static async Task ResolveBylineAsync(EntityResolver resolver, Article article, ArticleDocument document, CancellationToken cancellationToken)
    {
        article.Publisher = document.Publisher is null
            ? null
            : (Organization)await resolver.ResolveAsync(KnownPublishers.Candidate(document.Publisher), cancellationToken).ConfigureAwait(false);
        if (article.Publisher is null)
        {
            // The navigation was never loaded, so clearing it alone would not clear the key.
            article.PublisherId = null;
        }

        var authors = new List<Person>();
        foreach (var name in document.Authors)
        {
            var person = (Person)await resolver.ResolveAsync(new EntityCandidate(EntityType.Person, name, []), cancellationToken).ConfigureAwait(false);
            if (!authors.Contains(person))
            {
                article.Authorships.Add(new ArticleAuthor { Person = person, Position = authors.Count });
                authors.Add(person);
            }
        }
    }

    /// <summary>The slug, or the slug with a number when another article already has it.</summary>
    private static async Task<string> UniqueSlugAsync(KnowledgeDbContext context, string slug, int? articleId, CancellationToken cancellationToken)
    {
        var candidate = slug;
        for (var n = 2; await context.Articles.AnyAsync(a => a.Slug == candidate && a.Id != articleId, cancellationToken).ConfigureAwait(false); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }
}
