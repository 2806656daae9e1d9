using KnowledgeApi.Ingestion.Extraction;

namespace KnowledgeApi.Ingestion.Tests.Support;

/// <summary>
/// A small deterministic extractor for storage tests: it mentions every listed name or alias
/// found in the text, takes every “curly-quoted” passage as a quotation attributed to the first
/// listed entity of its paragraph (or to an unnamed speaker), and states the given links.
/// </summary>
internal sealed class GazetteerTestExtractor(IReadOnlyList<ExtractedEntity> gazetteer, IReadOnlyList<ExtractedLink>? links = null) : IArticleExtractor
{
    public ExtractedArticle Extract(ArticleText article)
    {
        var mentions = new List<ExtractedMention>();
        var quotations = new List<ExtractedQuotation>();
        var texts = new[] { article.Title }.Concat(article.Paragraphs).ToList();
        for (var i = 0; i < texts.Count; i++)
        {
            var paragraph = i - 1;
            var text = texts[i];
            foreach (var entity in gazetteer)
            {
                foreach (var form in new[] { entity.Name }.Concat(entity.Aliases))
                {
                    for (var at = text.IndexOf(form, StringComparison.Ordinal); at >= 0; at = text.IndexOf(form, at + form.Length, StringComparison.Ordinal))
                    {
                        mentions.Add(new ExtractedMention(entity.Key, new TextSpan(paragraph, at, form.Length), form));
                    }
                }
            }

            var firstSpeaker = mentions.Where(m => m.Span.Paragraph == paragraph).OrderBy(m => m.Span.Start).FirstOrDefault();
            for (var open = text.IndexOf('“', StringComparison.Ordinal); open >= 0; open = text.IndexOf('“', open + 1))
            {
                var close = text.IndexOf('”', open + 1);
                if (close < 0)
                {
                    break;
                }

                var span = new TextSpan(paragraph, open + 1, close - open - 1);
                var speaker = firstSpeaker is null ? new ExtractedSpeaker(null, "an unnamed speaker") : new ExtractedSpeaker(firstSpeaker.EntityKey, null);
                quotations.Add(new ExtractedQuotation(text.Substring(open + 1, close - open - 1), span, [span], span.Length < 30, "said", speaker));
            }
        }

        var used = mentions.Select(m => m.EntityKey).ToHashSet();
        return new ExtractedArticle(
            gazetteer.Where(e => used.Contains(e.Key)).ToList(),
            mentions,
            quotations,
            (links ?? []).Where(l => used.Contains(l.FromKey) && used.Contains(l.ToKey)).ToList());
    }

    public static GazetteerTestExtractor ForSeeds() => new(
        [
            new ExtractedEntity("trump", EntityKind.Person, "Donald Trump", ["Trump"], "President of the United States", null, false),
            new ExtractedEntity("amlo", EntityKind.Person, "Andrés Manuel López Obrador", ["AMLO", "López Obrador", "Lopez Obrador"], "President of Mexico", null, false),
            new ExtractedEntity("gaytan", EntityKind.Person, "Carlos Gaytán Ochoa", ["Gaytán"], "Retired general", null, false),
            new ExtractedEntity("wapo", EntityKind.Organization, "The Washington Post", ["Washington Post"], null, "newspaper", false),
            new ExtractedEntity("morena", EntityKind.Organization, "Movement for National Regeneration", ["Morena"], null, "political party", false),
            new ExtractedEntity("mexico", EntityKind.Place, "Mexico", [], null, "country", false),
        ],
        [new ExtractedLink("amlo", "morena", "leader of")]);
}
