using KnowledgeApi.Ingestion.Extraction;

namespace KnowledgeApi.Benchmarks.Ingestion;

/// <summary>
/// A stand-in extractor for measuring storage, not extraction: it mentions every occurrence of a
/// fixed list of names and takes every curly-quoted passage as a quotation of the paragraph's
/// first named entity, giving the writer a realistic number of rows per article.
/// </summary>
internal sealed class NameListExtractor : IArticleExtractor
{
    private static readonly ExtractedEntity[] Names =
    [
        new("trump", EntityKind.Person, "Donald Trump", ["Trump"], null, null, false),
        new("amlo", EntityKind.Person, "Andrés Manuel López Obrador", ["AMLO"], null, null, false),
        new("gaytan", EntityKind.Person, "Carlos Gaytán Ochoa", ["Gaytán"], null, null, false),
        new("allende", EntityKind.Person, "Salvador Allende", ["Allende"], null, null, false),
        new("madero", EntityKind.Person, "Francisco Madero", ["Madero"], null, null, false),
        new("wapo", EntityKind.Organization, "The Washington Post", ["Washington Post"], null, "newspaper", false),
        new("morena", EntityKind.Organization, "Movement for National Regeneration", ["Morena"], null, "political party", false),
        new("mexico", EntityKind.Place, "Mexico", [], null, "country", false),
        new("chile", EntityKind.Place, "Chile", [], null, "country", false),
    ];

    public ExtractedArticle Extract(ArticleText article)
    {
        var mentions = new List<ExtractedMention>();
        var quotations = new List<ExtractedQuotation>();
        for (var p = 0; p < article.Paragraphs.Count; p++)
        {
            var text = article.Paragraphs[p];
            var first = mentions.Count;
            foreach (var entity in Names)
            {
                foreach (var form in entity.Aliases.Prepend(entity.Name))
                {
                    for (var at = text.IndexOf(form, StringComparison.Ordinal); at >= 0; at = text.IndexOf(form, at + form.Length, StringComparison.Ordinal))
                    {
                        mentions.Add(new ExtractedMention(entity.Key, new TextSpan(p, at, form.Length), form));
                    }
                }
            }

            var speaker = mentions.Count > first ? mentions[first].EntityKey : null;
            for (var open = text.IndexOf('“'); open >= 0; open = text.IndexOf('“', open + 1))
            {
                var close = text.IndexOf('”', open + 1);
                if (close < 0)
                {
                    break;
                }

                var span = new TextSpan(p, open + 1, close - open - 1);
                quotations.Add(new ExtractedQuotation(text[(open + 1)..close], span, [span], span.Length < 40, "said", new ExtractedSpeaker(speaker, speaker is null ? "unnamed" : null)));
            }
        }

        var used = mentions.Select(m => m.EntityKey).ToHashSet();
        return new ExtractedArticle(Names.Where(e => used.Contains(e.Key)).ToList(), mentions, quotations, []);
    }
}
