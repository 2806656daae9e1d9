namespace KnowledgeApi.Ingestion.Extraction;

/// <summary>
/// Extraction as an ordered list of steps over one article:
/// scan quotations → discover entities the gazetteer lacks → mark every mention → recognise
/// dated events → find stated links → mark fragments and attribute speakers.
/// Pure and deterministic: no database, no clock, no randomness.
/// </summary>
public sealed class ArticleExtractor : IArticleExtractor
{
    private readonly Gazetteer gazetteer;
    private readonly AliasIndex gazetteerIndex = new();
    private readonly Dictionary<string, GazetteerEntry> entriesByKey = new(StringComparer.Ordinal);

    public ArticleExtractor(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        this.gazetteer = gazetteer;
        foreach (var entry in gazetteer.Entries)
        {
            var key = EntityCandidate.GazetteerKey(entry.Id);
            entriesByKey[key] = entry;
            gazetteerIndex.Add(entry.Name, key, AliasIndex.GazetteerStrength);
            foreach (var alias in entry.Aliases)
            {
                gazetteerIndex.Add(alias, key, AliasIndex.GazetteerStrength);
            }
        }
    }

    public ExtractedArticle Extract(ArticleText article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var quotations = QuotationScanner.Scan(article);
        var views = new Dictionary<int, ParagraphView>
        {
            [TextSpan.TitleParagraph] = new ParagraphView(TextSpan.TitleParagraph, article.Title ?? "", quotations),
        };
        for (var p = 0; p < article.Paragraphs.Count; p++)
        {
            views[p] = new ParagraphView(p, article.Paragraphs[p] ?? "", quotations);
        }

        var ordered = views.Values.OrderBy(v => v.Index).ToList();
        var entities = new ArticleEntities(gazetteerIndex, entriesByKey);
        EntityDiscovery.Discover(ordered, entities);
        EntityMarking.Mark(ordered, entities);
        EventRecognizer.Recognize(ordered, entities, gazetteer.Entries);
        LinkFinder.Find(ordered, entities);

        var attribution = new SpeakerAttribution(new SpeakerPhraseResolver(entities, views), views);
        var extracted = new List<ExtractedQuotation>(quotations.Count);
        foreach (var quotation in quotations)
        {
            var fragment = quotation.Paragraph == TextSpan.TitleParagraph && quotation.WordCount <= 3
                || FragmentRule.IsFragment(quotation, views[quotation.Paragraph]);
            var (speaker, verb) = fragment ? (null, null) : attribution.Attribute(quotation);
            extracted.Add(new ExtractedQuotation(quotation.Text, quotation.Parts[0], quotation.Parts, fragment, verb, speaker?.ToExtracted()));
        }

        // An entity is output when the text mentions it or a stated link points at it
        // ("Mexican President X" links X to Mexico even when "Mexico" itself is not written).
        var mentioned = new HashSet<string>(entities.Mentions.Select(m => m.EntityKey), StringComparer.Ordinal);
        var links = entities.Links.Where(l => mentioned.Contains(l.FromKey)).ToList();
        var output = entities.Candidates
            .Where(c => mentioned.Contains(c.Key) || links.Exists(l => l.ToKey == c.Key))
            .Select(c => c.ToExtracted(entities.SurfaceFormsOf(c.Key)))
            .ToList();
        return new ExtractedArticle(output, entities.Mentions.ToList(), extracted, links);
    }
}
