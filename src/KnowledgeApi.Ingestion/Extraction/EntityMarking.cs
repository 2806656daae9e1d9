namespace KnowledgeApi.Ingestion.Extraction;

/// <summary>
/// Second pass: indexes every name found (full names, their short forms, defined aliases) and
/// marks each occurrence in the headline and paragraphs, quotations included, as a mention.
/// Titles before a person's name are remembered for "the governor said".
/// </summary>
internal static class EntityMarking
{
    public static void Mark(IEnumerable<ParagraphView> views, ArticleEntities entities)
    {
        foreach (var candidate in entities.Candidates.ToList())
        {
            var strength = candidate.Confirmed ? AliasIndex.GazetteerStrength : AliasIndex.NameStrength;
            entities.Index.Add(candidate.Name, candidate.Key, strength);
            foreach (var alias in candidate.Aliases)
            {
                entities.Index.Add(alias, candidate.Key, strength);
            }

            if (candidate.Kind == EntityKind.Person)
            {
                foreach (var shortForm in PersonNames.ShortForms(candidate.Name))
                {
                    entities.Index.Add(shortForm, candidate.Key, AliasIndex.SuffixStrength);
                }
            }
        }

        foreach (var view in views)
        {
            var tokens = view.Tokens;
            var i = 0;
            while (i < tokens.Count)
            {
                if (entities.Index.Match(view.Text, tokens, i) is not { } match)
                {
                    i++;
                    continue;
                }

                entities.AddMention(view, match.EntityKey, i, match.TokenCount);
                if (entities.Get(match.EntityKey) is { Kind: EntityKind.Person } person && TitleBefore(view, i) is { } title)
                {
                    person.Titles.Add(view.Tokens[title].Text);
                }

                i += match.TokenCount;
            }
        }
    }

    /// <summary>The index of a title token directly before a token ("Gen. Salvador"), or null.</summary>
    public static int? TitleBefore(ParagraphView view, int tokenIndex)
    {
        if (tokenIndex == 0)
        {
            return null;
        }

        var previous = view.Tokens[tokenIndex - 1];
        var gap = view.Text.AsSpan(previous.End, view.Tokens[tokenIndex].Start - previous.End);
        return Lexicon.Titles.Contains(previous.Text) && (gap is " " || gap is ". ") ? tokenIndex - 1 : null;
    }
}
