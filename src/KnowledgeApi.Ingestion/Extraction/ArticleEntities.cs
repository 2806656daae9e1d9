namespace KnowledgeApi.Ingestion.Extraction;

/// <summary>
/// Every entity of one article and where it is mentioned: what the recognisers build and the
/// speaker rules read. One candidate per real-world thing: all names of it share one key.
/// </summary>
internal sealed class ArticleEntities(AliasIndex gazetteerIndex, IReadOnlyDictionary<string, GazetteerEntry> gazetteer)
{
    private readonly Dictionary<string, EntityCandidate> byKey = new(StringComparer.Ordinal);
    private readonly List<EntityCandidate> order = [];
    private readonly Dictionary<int, List<MentionRef>> byParagraph = [];
    private readonly List<ExtractedMention> mentions = [];

    public AliasIndex GazetteerIndex { get; } = gazetteerIndex;

    public AliasIndex Index { get; } = new(gazetteerIndex);

    public List<ExtractedLink> Links { get; } = [];

    public IReadOnlyList<EntityCandidate> Candidates => order;

    public IReadOnlyList<ExtractedMention> Mentions => mentions;

    public EntityCandidate? Get(string key) => byKey.GetValueOrDefault(key);

    /// <summary>The candidate for a key, creating it from the gazetteer the first time it is mentioned.</summary>
    public EntityCandidate? Resolve(string key)
    {
        if (byKey.TryGetValue(key, out var candidate))
        {
            return candidate;
        }

        if (key.StartsWith("gazetteer:", StringComparison.Ordinal) && gazetteer.TryGetValue(key, out var entry))
        {
            return Add(EntityCandidate.FromGazetteer(entry));
        }

        return null;
    }

    public EntityCandidate Add(EntityCandidate candidate)
    {
        if (byKey.TryGetValue(candidate.Key, out var existing))
        {
            return existing;
        }

        byKey[candidate.Key] = candidate;
        order.Add(candidate);
        return candidate;
    }

    public void Remove(string key)
    {
        if (byKey.Remove(key, out var candidate))
        {
            order.Remove(candidate);
        }
    }

    public void AddMention(ParagraphView view, string key, int tokenIndex, int tokenCount)
    {
        var candidate = Resolve(key);
        if (candidate is null)
        {
            return;
        }

        var start = view.Tokens[tokenIndex].Start;
        var end = view.Tokens[tokenIndex + tokenCount - 1].End;
        AddMention(view, candidate, start, end, tokenIndex, tokenCount);
    }

    public void AddMention(ParagraphView view, EntityCandidate candidate, int start, int end, int tokenIndex, int tokenCount)
    {
        if (!byParagraph.TryGetValue(view.Index, out var list))
        {
            list = [];
            byParagraph[view.Index] = list;
        }

        list.Add(new MentionRef(candidate.Key, candidate.Kind, start, end, tokenIndex, tokenCount));
        list.Sort((a, b) => a.Start.CompareTo(b.Start));
        mentions.Add(new ExtractedMention(candidate.Key, new TextSpan(view.Index, start, end - start), view.Text[start..end]));
    }

    /// <summary>Mentions of one paragraph, in text order.</summary>
    public IReadOnlyList<MentionRef> In(int paragraph) =>
        byParagraph.TryGetValue(paragraph, out var list) ? list : [];

    /// <summary>The mention that starts exactly at a character index, if any.</summary>
    public MentionRef? StartingAt(int paragraph, int index)
    {
        foreach (var m in In(paragraph))
        {
            if (m.Start == index)
            {
                return m;
            }
        }

        return null;
    }

    public void Link(string from, string to, string relation)
    {
        if (from != to && !Links.Exists(l => l.FromKey == from && l.ToKey == to && l.Relation == relation))
        {
            Links.Add(new ExtractedLink(from, to, relation));
        }
    }

    public IEnumerable<string> SurfaceFormsOf(string key) =>
        mentions.Where(m => m.EntityKey == key).Select(m => m.SurfaceForm);
}
