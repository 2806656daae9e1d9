using System.Text.Json;
using KnowledgeApi.Ingestion.Extraction;
using KnowledgeApi.Knowledge;
using KnowledgeApi.Knowledge.Model;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeApi.Ingestion.Storing;

/// <summary>
/// Writes extraction's mentions, quotations and links for an article, each once per position
/// (the database's unique constraints, enforced here first so a repetitive extractor cannot fail
/// a write). References to entity keys extraction did not define are dropped.
/// </summary>
/// <remarks>
/// Mentions and quotations are the bulk of an article's rows (about a hundred for a seed), and
/// EF Core sends one INSERT per row on SQLite; here each kind is one set-based INSERT from a JSON
/// array parameter, which the ingestion benchmark showed to be several times faster. It runs in
/// the same transaction, after the article and entities have their ids.
/// </remarks>
internal static class ExtractedContent
{
    private const string InsertMentions = """
        INSERT INTO "Mentions" ("ArticleId", "EntityId", "ParagraphIndex", "StartOffset", "Length", "SurfaceForm")
        SELECT @article, value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4 FROM json_each(@rows)
        """;

    private const string InsertQuotations = """
        INSERT INTO "Quotations" ("ArticleId", "Text", "ParagraphIndex", "StartOffset", "Length", "IsFragment", "Verb", "SpeakerId", "SpeakerDescriptor", "SpeakerName", "Parts")
        SELECT @article, value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6, value ->> 7, value ->> 8, value -> 9 FROM json_each(@rows)
        """;

    public static async Task WriteAsync(
        KnowledgeDbContext context, Article article, ExtractedArticle extracted, IReadOnlyDictionary<string, Entity> entities, CancellationToken cancellationToken)
    {
        var mentions = MentionRows(extracted, entities);
        if (mentions.Count > 0)
        {
            await InsertAsync(context, InsertMentions, article.Id, mentions, cancellationToken).ConfigureAwait(false);
        }

        var quotations = QuotationRows(extracted, entities);
        if (quotations.Count > 0)
        {
            await InsertAsync(context, InsertQuotations, article.Id, quotations, cancellationToken).ConfigureAwait(false);
        }

        var links = new HashSet<(int, int, string)>();
        foreach (var link in extracted.Links)
        {
            if (entities.TryGetValue(link.FromKey, out var from)
                && entities.TryGetValue(link.ToKey, out var to)
                && links.Add((from.Id, to.Id, link.Relation)))
            {
                article.Links.Add(new EntityLink { From = from, To = to, Relation = link.Relation });
            }
        }

        if (links.Count > 0)
        {
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static List<object?[]> MentionRows(ExtractedArticle extracted, IReadOnlyDictionary<string, Entity> entities)
    {
        var rows = new List<object?[]>(extracted.Mentions.Count);
        var positions = new HashSet<(int, int, int)>();
        foreach (var mention in extracted.Mentions)
        {
            if (entities.TryGetValue(mention.EntityKey, out var entity)
                && positions.Add((mention.Span.Paragraph, mention.Span.Start, entity.Id)))
            {
                rows.Add([entity.Id, mention.Span.Paragraph, mention.Span.Start, mention.Span.Length, mention.SurfaceForm]);
            }
        }

        return rows;
    }

    private static List<object?[]> QuotationRows(ExtractedArticle extracted, IReadOnlyDictionary<string, Entity> entities)
    {
        var rows = new List<object?[]>(extracted.Quotations.Count);
        var positions = new HashSet<(int, int)>();
        foreach (var quotation in extracted.Quotations)
        {
            if (!positions.Add((quotation.Span.Paragraph, quotation.Span.Start)))
            {
                continue;
            }

            var speaker = quotation.Speaker?.EntityKey is { } key ? entities.GetValueOrDefault(key) : null;
            var descriptor = speaker is null ? quotation.Speaker?.Descriptor : null;
            rows.Add([
                quotation.Text, quotation.Span.Paragraph, quotation.Span.Start, quotation.Span.Length,
                quotation.IsFragment ? 1 : 0, quotation.Verb, speaker?.Id, descriptor, speaker?.Name ?? descriptor,
                PartsOf(quotation),
            ]);
        }

        return rows;
    }

    /// <summary>Every part's position, in the JSON shape EF Core reads <see cref="Quotation.Parts"/> from.</summary>
    private static List<Dictionary<string, int>> PartsOf(ExtractedQuotation quotation)
    {
        var parts = quotation.Parts.Count > 0 ? quotation.Parts : [quotation.Span];
        return parts
            .Select(p => new Dictionary<string, int>
            {
                [nameof(QuotationPart.ParagraphIndex)] = p.Paragraph,
                [nameof(QuotationPart.StartOffset)] = p.Start,
                [nameof(QuotationPart.Length)] = p.Length,
            })
            .ToList();
    }

    private static Task<int> InsertAsync(KnowledgeDbContext context, string sql, int articleId, List<object?[]> rows, CancellationToken cancellationToken) =>
        context.Database.ExecuteSqlRawAsync(
            sql,
            [new SqliteParameter("@article", articleId), new SqliteParameter("@rows", JsonSerializer.Serialize(rows))],
            cancellationToken);
}
