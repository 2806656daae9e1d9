namespace KnowledgeApi.Ingestion.Extraction;

/// <summary>
/// The look-backs of speaker resolution: what a pronoun, a relative pronoun, "the company",
/// "the governor" or "the miner" points at, searched from the nearest text outwards.
/// </summary>
internal sealed partial class SpeakerPhraseResolver
{
    public SpeakerRef? ResolvePronoun(PronounClass pronoun, ParagraphView view, int sentenceStart, int limit)
    {
        if (FirstActor(view, sentenceStart, limit) is { } inSentence && inSentence.Fits(pronoun))
        {
            return inSentence;
        }

        var starts = view.SentenceStarts;
        for (var s = starts.Count - 1; s >= 0; s--)
        {
            if (starts[s] >= sentenceStart)
            {
                continue;
            }

            var end = s + 1 < starts.Count ? starts[s + 1] : view.Text.Length;
            if (SubjectOf(view, starts[s], end) is { } subject && subject.Fits(pronoun))
            {
                return subject;
            }
        }

        for (var h = History.Count - 1; h >= 0; h--)
        {
            if (History[h].Speaker.Fits(pronoun))
            {
                return History[h].Speaker;
            }
        }

        return pronoun == PronounClass.Thing ? MostRecentOrganization(view, limit, null) : null;
    }

    // The first person or organisation in a span that is not after a preposition nor possessive.
    private SpeakerRef? FirstActor(ParagraphView view, int start, int end)
    {
        foreach (var m in entities.In(view.Index))
        {
            if (m.Start < start || m.End > end || view.IsQuoted(m.Start) || m.Kind is not (EntityKind.Person or EntityKind.Organization))
            {
                continue;
            }

            if (IsPossessive(view, m.End) || AfterPreposition(view, m.TokenIndex))
            {
                continue;
            }

            return SpeakerRef.Entity(m.Key, m.Kind);
        }

        return null;
    }

    private static bool AfterPreposition(ParagraphView view, int tokenIndex)
    {
        for (var back = 1; back <= 2 && tokenIndex - back >= 0; back++)
        {
            var word = view.Tokens[tokenIndex - back].Text;
            if (Lexicon.Prepositions.Contains(word) && char.IsLower(word[0]))
            {
                return true;
            }

            if (word is not ("the" or "The"))
            {
                return false;
            }
        }

        return false;
    }

    // "Leon Trotsky, who wrote": the entity just before the relative pronoun.
    private SpeakerRef? Antecedent(ParagraphView view, int relativeStart)
    {
        MentionRef? last = null;
        foreach (var m in entities.In(view.Index))
        {
            if (m.End <= relativeStart && relativeStart - m.End <= 20 && m.Kind is EntityKind.Person or EntityKind.Organization)
            {
                last = m;
            }
        }

        return last is { } found ? SpeakerRef.Entity(found.Key, found.Kind) : null;
    }

    // "the company", "the union": the latest organisation (in this paragraph, then before) whose name or category fits.
    private SpeakerRef? MostRecentOrganization(ParagraphView view, int before, string? noun)
    {
        for (var p = view.Index; p >= TextSpan.TitleParagraph; p--)
        {
            var limit = p == view.Index ? before : int.MaxValue;
            SpeakerRef? fallback = null;
            foreach (var m in entities.In(p).Reverse())
            {
                if (m.Start >= limit || m.Kind != EntityKind.Organization || views[p].IsQuoted(m.Start))
                {
                    continue;
                }

                var candidate = entities.Get(m.Key)!;
                if (noun is null || Lexicon.PublicationNouns.Contains(noun) || Describes(candidate, noun))
                {
                    return SpeakerRef.Entity(m.Key, m.Kind);
                }

                fallback ??= SpeakerRef.Entity(m.Key, m.Kind);
            }

            if (fallback is not null && noun is "company" or "group" or "organisation" or "organization" && p >= view.Index - 1)
            {
                return fallback;
            }
        }

        return null;
    }

    private static bool Describes(EntityCandidate candidate, string noun) =>
        candidate.Name.Contains(noun, StringComparison.OrdinalIgnoreCase)
        || (candidate.Category?.Contains(noun, StringComparison.OrdinalIgnoreCase) ?? false)
        || (candidate.Description?.Contains(noun, StringComparison.OrdinalIgnoreCase) ?? false);

    // "the governor": the latest person introduced with that title.
    private SpeakerRef? MostRecentTitled(ParagraphView view, int before, string title)
    {
        for (var p = view.Index; p >= TextSpan.TitleParagraph; p--)
        {
            foreach (var m in entities.In(p).Reverse())
            {
                if ((p < view.Index || m.Start < before) && m.Kind == EntityKind.Person && entities.Get(m.Key)!.Titles.Contains(title))
                {
                    return SpeakerRef.Entity(m.Key, m.Kind);
                }
            }
        }

        return null;
    }

    // "the miner" after "One miner, who asked not to be named, said ...": keep the first description.
    private SpeakerRef? EarlierDescriptor(ParagraphView view, int before, string noun)
    {
        for (var p = view.Index; p >= Math.Max(0, view.Index - 2); p--)
        {
            var text = p == view.Index ? view.Text[..before] : views[p].Text;
            var matches = IndefiniteMention().Matches(text);
            for (var k = matches.Count - 1; k >= 0; k--)
            {
                var match = matches[k];
                var tokens = Token.Split(match.Value);
                var stop = tokens.FindIndex(1, t => ReportingVerbs.IsReportingVerb(t.Text) || t.Text is "who" or "which");
                var phrase = (stop < 0 ? match.Value : match.Value[..tokens[stop].Start]).TrimEnd(' ', ',');
                if (Token.Split(phrase).Exists(t => string.Equals(t.Text, noun, StringComparison.OrdinalIgnoreCase)) && !views[p].IsQuoted(match.Index))
                {
                    return SpeakerRef.Unnamed(phrase);
                }
            }
        }

        return null;
    }
}
