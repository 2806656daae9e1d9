using System.Text.RegularExpressions;

namespace KnowledgeApi.Ingestion.Extraction;

/// <summary>
/// First pass over an article: finds entities the gazetteer lacks from runs of capitalised words
/// outside quotations, stripped of sentence starters, nationalities, dates and titles, and
/// classified by cue words ("Party" → organisation, "Revolution" → event). Text inside quotation
/// marks is skipped here: scare quotes and shouting ("WAR") are not names.
/// </summary>
internal static partial class EntityDiscovery
{
    public static void Discover(IEnumerable<ParagraphView> views, ArticleEntities entities)
    {
        foreach (var view in views)
        {
            if (view.Index == TextSpan.TitleParagraph)
            {
                continue; // headline capitalisation varies by house style; names there are found in pass two
            }

            var tokens = view.Tokens;
            var i = 0;
            while (i < tokens.Count)
            {
                if (view.IsQuoted(tokens[i].Start))
                {
                    i++;
                    continue;
                }

                if (entities.GazetteerIndex.Match(view.Text, tokens, i) is { } known)
                {
                    DefineAlias(view, tokens[i + known.TokenCount - 1].End, entities.Resolve(known.EntityKey), entities);
                    i += known.TokenCount;
                    continue;
                }

                if (!tokens[i].IsCapitalised)
                {
                    i++;
                    continue;
                }

                var end = RunEnd(view, i, entities);
                ProcessRun(view, tokens.GetRange(i, end - i), entities);
                i = end;
            }
        }

        MergeShortNames(entities);
    }

    // A run goes on over capitalised words (and connectors between them) separated by one space,
    // or ". " after an abbreviated title; it stops where a gazetteer name begins.
    private static int RunEnd(ParagraphView view, int first, ArticleEntities entities)
    {
        var tokens = view.Tokens;
        var j = first + 1;
        while (j < tokens.Count)
        {
            var gap = view.Text.AsSpan(tokens[j - 1].End, tokens[j].Start - tokens[j - 1].End);
            var spaced = gap is " " || gap is ". " && Lexicon.Abbreviations.Contains(tokens[j - 1].Text);
            if (!spaced || view.IsQuoted(tokens[j].Start))
            {
                break;
            }

            if (tokens[j].IsCapitalised)
            {
                if (entities.GazetteerIndex.Match(view.Text, tokens, j) is not null)
                {
                    break;
                }

                j++;
            }
            else if (Lexicon.Connectors.Contains(tokens[j].Text) && j + 1 < tokens.Count && tokens[j + 1].IsCapitalised
                && view.Text.AsSpan(tokens[j].End, tokens[j + 1].Start - tokens[j].End) is " ")
            {
                j++;
            }
            else
            {
                break;
            }
        }

        return j;
    }

    private static void ProcessRun(ParagraphView view, List<Token> run, ArticleEntities entities)
    {
        // "American Civil Liberties Union": a nationality that opens an organisation's name belongs to it.
        if (run.Count > 2 && Lexicon.Demonyms.ContainsKey(run[0].Text) && run.Exists(t => Lexicon.OrganizationCues.Contains(t.Text))
            && !run.Skip(1).Any(t => Lexicon.IsDemonymOrDate(t.Text)))
        {
            ProcessSegment(view, run, entities);
            return;
        }

        var segment = new List<Token>();
        foreach (var token in run)
        {
            if (Lexicon.IsDemonymOrDate(token.Text))
            {
                ProcessSegment(view, segment, entities);
                segment = [];
            }
            else
            {
                segment.Add(token);
            }
        }

        ProcessSegment(view, segment, entities);
    }

    private static void ProcessSegment(ParagraphView view, List<Token> segment, ArticleEntities entities)
    {
        var first = 0;
        while (first < segment.Count && (Lexicon.StopWords.Contains(segment[first].Text) || Lexicon.Connectors.Contains(segment[first].Text)))
        {
            first++;
        }

        var last = segment.Count - 1;
        while (last >= first && Lexicon.Connectors.Contains(segment[last].Text))
        {
            last--;
        }

        if (last < first)
        {
            return;
        }

        var words = segment.GetRange(first, last - first + 1);
        var title = LastTitle(words);
        var afterTitle = title >= 0 && title < words.Count ? words.GetRange(title + 1, words.Count - title - 1) : null;

        // "Mining Minister Marcela Hernando": a name after a title is a person even when the title's
        // words are cues ("Mining"); "Minister of Mining" has no name after its title.
        var kind = afterTitle is not null && Classify(afterTitle) is null ? null : Classify(words);
        if (kind is null && title == words.Count)
        {
            return; // a role without a name ("the Prime Minister")
        }

        if (kind is null && title >= 0)
        {
            words = words.GetRange(title + 1, words.Count - title - 1);
            kind = words.Count > 0 && !words.Exists(w => Lexicon.Titles.Contains(w.Text)) ? EntityKind.Person : null;
        }
        else if (kind is null && words.Count == 1)
        {
            kind = SingleWordKind(view, words[0]);
        }
        else if (kind is null && words.Count <= 4 && words.TrueForAll(IsNameWord))
        {
            kind = EntityKind.Person;
        }

        if (kind is null || words.Count == 0)
        {
            return;
        }

        var start = words[0].Start;
        var end = words[^1].End;
        var alias = AliasAfter(view, end);
        if (alias is not null && kind == EntityKind.Person && words.Exists(w => w.Text is "of" or "for"))
        {
            kind = EntityKind.Organization;
        }

        var name = view.Text[start..end];
        var candidate = entities.Add(new EntityCandidate(EntityCandidate.RuleKey(kind.Value, name), kind.Value, name, confirmed: false));
        DefineAlias(view, end, candidate, entities);
    }

    private static EntityKind? Classify(List<Token> words)
    {
        if (words.Count < 2)
        {
            return null; // a cue word alone ("Magazine", "Party") names nothing
        }

        if (words.Exists(w => Lexicon.OrganizationCues.Contains(w.Text)))
        {
            return EntityKind.Organization;
        }

        if (words.Exists(w => Lexicon.EventCues.Contains(w.Text)))
        {
            return EntityKind.Event;
        }

        return words.Exists(w => Lexicon.PlaceCues.Contains(w.Text)) ? EntityKind.Place : null;
    }

    // The last title that is followed by a name ("Health Secretary Steve Barclay" → "Secretary").
    private static int LastTitle(List<Token> words)
    {
        for (var t = words.Count - 2; t >= 0; t--)
        {
            if (Lexicon.Titles.Contains(words[t].Text) && !Lexicon.Connectors.Contains(words[t + 1].Text))
            {
                return t;
            }
        }

        return words.Count > 0 && Lexicon.Titles.Contains(words[^1].Text) ? words.Count : -1;
    }

    // A lone capitalised word is an acronym organisation ("SNTE"), or a person when it says something ("Smith said").
    private static EntityKind? SingleWordKind(ParagraphView view, Token word)
    {
        if (word.IsAcronym && word.Text.Length <= 6 && !word.Text.Any(char.IsDigit))
        {
            return EntityKind.Organization;
        }

        var cue = word.Text.EndsWith('s') ? word.Text[..^1] : word.Text;
        if (Lexicon.OrganizationCues.Contains(cue) || word.Start > 1 && view.Text[word.Start - 2] is '\'' or '’')
        {
            return null; // "the Federation of Parents' Associations warned": part of a name, not a person
        }

        var next = view.TokenAt(word.End);
        var followsDirectly = next < view.Tokens.Count && view.Text.AsSpan(word.End, view.Tokens[next].Start - word.End) is " ";
        return followsDirectly && ReportingVerbs.IsReportingVerb(view.Tokens[next].Text) && !Lexicon.StopWords.Contains(word.Text)
            ? EntityKind.Person
            : null;
    }

    private static bool IsNameWord(Token word) =>
        word.IsCapitalised && !word.IsAcronym && !Lexicon.StopWords.Contains(word.Text)
        || Lexicon.NameParticles.Contains(word.Text);

    private static string? AliasAfter(ParagraphView view, int end)
    {
        var match = AliasDefinition().Match(view.Text, end);
        return match.Success && match.Index == end ? match.Groups["alias"].Value : null;
    }

    // "López Obrador (known as AMLO)", "National Union of Education Workers (SNTE)".
    private static void DefineAlias(ParagraphView view, int end, EntityCandidate? candidate, ArticleEntities entities)
    {
        if (candidate is null || candidate.Kind == EntityKind.Place || AliasAfter(view, end) is not { } alias)
        {
            return; // "ANTOFAGASTA, Chile (Reuters)" is a dateline, not an alias of Chile
        }

        // A name in parentheses that already names something else is a source or a gloss, not an alias.
        if (entities.GazetteerIndex.Lookup(alias) is { } other && other != candidate.Key)
        {
            return;
        }

        if (!candidate.Aliases.Contains(alias))
        {
            candidate.Aliases.Add(alias);
        }

    }

    // A shorter person name that ends a longer one ("Gaytán Ochoa" of "Carlos Gaytán Ochoa") is the same person.
    private static void MergeShortNames(ArticleEntities entities)
    {
        var people = entities.Candidates.Where(c => c.Kind == EntityKind.Person && !c.Confirmed).ToList();
        foreach (var shorter in people)
        {
            var key = TextFolding.Key(shorter.Name);
            var longer = people.FirstOrDefault(p => p != shorter && PersonNames.ShortForms(p.Name).Any(s => TextFolding.Key(s) == key));
            var known = entities.GazetteerIndex.Lookup(shorter.Name);
            if (longer is not null || known is not null)
            {
                (longer ?? entities.Resolve(known!))?.Aliases.AddRange(shorter.Aliases);
                entities.Remove(shorter.Key);
            }
        }
    }

    [GeneratedRegex(@"\G\s*\((?:also known as |known as |or )?(?<alias>\p{Lu}[\p{L}\p{N}.\-]*(?: \p{Lu}[\p{L}\p{N}.\-]*){0,3})\)")]
    private static partial Regex AliasDefinition();
}
