using KnowledgeApi.Ingestion.Extraction;
using KnowledgeApi.Knowledge.Model;

namespace KnowledgeApi.Ingestion.Storing;

/// <summary>
/// Adds extraction's mentions, quotations and links to an article, each once per position (the
/// database's unique constraints, enforced here first so a repetitive extractor cannot fail a
/// write). References to entity keys extraction did not define are dropped.
/// </summary>
internal static class ExtractedContent
{
    public static void Add(Article article, ExtractedArticle extracted, IReadOnlyDictionary<string, Entity> entities)
    {
        var mentionPositions = new HashSet<(int, int, int)>();
        foreach (var mention in extracted.Mentions)
        {
            if (entities.TryGetValue(mention.EntityKey, out var entity)
                && mentionPositions.Add((mention.Span.Paragraph, mention.Span.Start, entity.Id)))
            {
                article.Mentions.Add(new Mention
                {
                    Entity = entity,
                    ParagraphIndex = mention.Span.Paragraph,
                    StartOffset = mention.Span.Start,
                    Length = mention.Span.Length,
                    SurfaceForm = mention.SurfaceForm,
                });
            }
        }

        var quotationPositions = new HashSet<(int, int)>();
        foreach (var quotation in extracted.Quotations)
        {
            if (!quotationPositions.Add((quotation.Span.Paragraph, quotation.Span.Start)))
            {
                continue;
            }

            var speaker = quotation.Speaker?.EntityKey is { } key ? entities.GetValueOrDefault(key) : null;
            var descriptor = speaker is null ? quotation.Speaker?.Descriptor : null;
            article.Quotations.Add(new Quotation
            {
                Text = quotation.Text,
                ParagraphIndex = quotation.Span.Paragraph,
                StartOffset = quotation.Span.Start,
                Length = quotation.Span.Length,
                IsFragment = quotation.IsFragment,
                Verb = quotation.Verb,
                Speaker = speaker,
                SpeakerDescriptor = descriptor,
                SpeakerName = speaker?.Name ?? descriptor,
            });
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
    }
}
