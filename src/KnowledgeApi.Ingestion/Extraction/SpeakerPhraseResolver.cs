using System.Text.RegularExpressions;

namespace KnowledgeApi.Ingestion.Extraction;

/// <summary>
/// Turns the words standing where a speaker stands ("Gaytán", "he", "the company", "a relative
/// of the slain women and children", "who") into a speaker. Pronouns go to the most recent
/// fitting subject: first in the same sentence, then earlier sentences of the paragraph, then
/// earlier speakers. Unnamed people stay descriptors; they are never made into persons.
/// </summary>
internal sealed partial class SpeakerPhraseResolver(ArticleEntities entities, IReadOnlyDictionary<int, ParagraphView> views)
{
    private const int MaxDescriptorWords = 12;

    /// <summary>Speakers of earlier quotations, oldest first.</summary>
    public List<(int Paragraph, SpeakerRef Speaker)> History { get; } = [];

    /// <summary>Resolves a clause before a reporting verb, trying the words next to the verb, then the sentence's first words.</summary>
    public SpeakerRef? ResolveClause(ParagraphView view, int start, int end)
    {
        var pieces = SplitAtCommas(view, start, end);
        var lastPiece = pieces[^1];
        if (!IsBlank(view, lastPiece.Start, lastPiece.End) && ResolvePhrase(view, lastPiece.Start, lastPiece.End) is { } near)
        {
            return near;
        }

        return pieces.Count > 1 && ResolvePhrase(view, pieces[0].Start, pieces[0].End) is { } first ? first : null;
    }

    public SpeakerRef? ResolvePhrase(ParagraphView view, int start, int end)
    {
        var tokens = TokensIn(view, start, end);
        if (tokens.Count == 0)
        {
            return null;
        }

        var i = 0;
        while (i < tokens.Count - 1 && Lexicon.Subordinators.Contains(view.Tokens[tokens[i]].Text))
        {
            i++;
        }

        while (i < tokens.Count - 1 && (view.Tokens[tokens[i]].Text is "the" or "The" || Lexicon.Titles.Contains(view.Tokens[tokens[i]].Text))
            && entities.StartingAt(view.Index, view.Tokens[tokens[i + 1]].Start) is not null)
        {
            i++;
        }

        var head = view.Tokens[tokens[i]];
        if (entities.StartingAt(view.Index, head.Start) is { } mention && mention.Kind != EntityKind.Event)
        {
            return IsPossessive(view, mention.End) ? Descriptor(view, head.Start, end) : SpeakerRef.Entity(mention.Key, mention.Kind);
        }

        var word = head.Text.ToLowerInvariant();
        if (Pronouns.ClassOf(word) is { } pronoun)
        {
            var next = i + 1 < tokens.Count ? view.Tokens[tokens[i + 1]].Text : null;
            if (word is "its" or "their" && (next is null || !Lexicon.PublicationNouns.Contains(next)))
            {
                return Descriptor(view, head.Start, end);
            }

            return ResolvePronoun(pronoun, view, view.SentenceStartOf(head.Start), head.Start);
        }

        if (Pronouns.IsRelative(word))
        {
            return Antecedent(view, start);
        }

        if (Lexicon.NonSubjectStarts.Contains(word) || Lexicon.Subordinators.Contains(word))
        {
            return null;
        }

        if (word is "the" or "this" or "that" && i + 1 < tokens.Count)
        {
            var noun = view.Tokens[tokens[^1]].Text;
            if (Lexicon.OrganizationNouns.Contains(noun) && MostRecentOrganization(view, start, noun) is { } organization)
            {
                return organization;
            }

            if (Lexicon.Titles.Contains(noun) && MostRecentTitled(view, start, noun) is { } titled)
            {
                return titled;
            }

            return EarlierDescriptor(view, start, noun) ?? Descriptor(view, head.Start, end);
        }

        return head.IsLowerCase && !Lexicon.Determiners.Contains(word) && tokens.Count > 3 ? null : Descriptor(view, head.Start, end);
    }

    /// <summary>The subject of a sentence: who its reporting verb reports, or its first named actor.</summary>
    public SpeakerRef? SubjectOf(ParagraphView view, int start, int end)
    {
        foreach (var t in TokensIn(view, start, end))
        {
            if (IsReportingVerb(view, t))
            {
                return ResolveClause(view, start, view.Tokens[t].Start);
            }
        }

        if (FirstActor(view, start, end) is { } actor)
        {
            return actor;
        }

        if (IndefiniteSubject(view, start, end) is { } unnamed)
        {
            return unnamed;
        }

        var first = TokensIn(view, start, end);
        return first.Count > 0 && Pronouns.ClassOf(view.Tokens[first[0]].Text) is { } pronoun
            ? ResolvePronoun(pronoun, view, start, start)
            : null;
    }

    // "Outside the court, a woman who gave only her first name held a photograph": an unnamed
    // subject introduced by an indefinite article, in the first comma-separated piece that has one.
    private static SpeakerRef? IndefiniteSubject(ParagraphView view, int start, int end)
    {
        foreach (var (pieceStart, pieceEnd) in SplitAtCommas(view, start, end))
        {
            var tokens = TokensIn(view, pieceStart, pieceEnd);
            if (tokens.Count == 0 || view.IsQuoted(pieceStart) && pieceStart > start)
            {
                break;
            }

            if (view.Tokens[tokens[0]].Text is "a" or "an" or "one" or "A" or "An" or "One")
            {
                var verb = tokens.FindIndex(1, t => LooksFinite(view, t));
                return Descriptor(view, view.Tokens[tokens[0]].Start, verb < 0 ? pieceEnd : view.Tokens[tokens[verb]].Start);
            }
        }

        return null;
    }

    // Where a noun phrase ends and its verb begins: an auxiliary, a common past tense, or an -ed
    // word that no determiner introduces ("a retired teacher" keeps "retired").
    private static bool LooksFinite(ParagraphView view, int t)
    {
        var word = view.Tokens[t].Text;
        if (CommonVerbs.Contains(word) || ReportingVerbs.IsReportingVerb(word))
        {
            return true;
        }

        return word.EndsWith("ed", StringComparison.Ordinal) && t > 0 && !Lexicon.Determiners.Contains(view.Tokens[t - 1].Text);
    }

    private static readonly HashSet<string> CommonVerbs = new(
    [
        "is", "was", "were", "are", "has", "had", "have", "will", "would", "could", "can", "did", "does",
        "held", "stood", "sat", "came", "went", "took", "gave", "made", "got", "kept", "left", "ran", "brought",
        "sent", "spent", "met", "lost", "won", "found", "saw", "knew", "thought", "became", "wore", "put",
    ], StringComparer.Ordinal);

    /// <summary>Whether a token is a reporting verb used as a verb (not "his claims", not "was asked").</summary>
    public static bool IsReportingVerb(ParagraphView view, int t)
    {
        var token = view.Tokens[t];
        if (!token.IsLowerCase || view.IsQuoted(token.Start) || !ReportingVerbs.IsReportingVerb(token.Text))
        {
            return false;
        }

        if (t == 0)
        {
            return true;
        }

        var previous = view.Tokens[t - 1].Text;
        var gap = view.Text.AsSpan(view.Tokens[t - 1].End, token.Start - view.Tokens[t - 1].End);
        return previous is not ("the" or "a" or "an" or "his" or "her" or "its" or "their" or "our" or "my" or "your"
            or "was" or "were" or "is" or "are" or "be" or "been" or "being" or "s")
            || gap.Contains(',');
    }

    private static SpeakerRef? Descriptor(ParagraphView view, int start, int end)
    {
        var text = view.Text[start..end];
        var cut = text.IndexOfAny([',', ';', '(', '—']);
        if (cut > 0)
        {
            text = text[..cut];
        }

        var who = text.IndexOf(" who ", StringComparison.Ordinal);
        if (who > 0)
        {
            text = text[..who];
        }

        text = text.Trim(' ', '*', '_', ',', '.', ':');
        var words = Token.Split(text).Count;
        return words is 0 or > MaxDescriptorWords ? null : SpeakerRef.Unnamed(text);
    }

    private static bool IsPossessive(ParagraphView view, int end) =>
        end + 1 < view.Text.Length && view.Text[end] is '’' or '\'' && view.Text[end + 1] == 's';

    private static List<int> TokensIn(ParagraphView view, int start, int end)
    {
        var list = new List<int>();
        for (var t = view.TokenAt(start); t < view.Tokens.Count && view.Tokens[t].End <= end; t++)
        {
            if (!view.IsQuoted(view.Tokens[t].Start))
            {
                list.Add(t);
            }
        }

        return list;
    }

    private static List<(int Start, int End)> SplitAtCommas(ParagraphView view, int start, int end)
    {
        var pieces = new List<(int Start, int End)>();
        var pieceStart = start;
        for (var i = start; i < end; i++)
        {
            if (view.Text[i] == ',' && !view.IsQuoted(i))
            {
                pieces.Add((pieceStart, i));
                pieceStart = i + 1;
            }
        }

        pieces.Add((pieceStart, end));
        return pieces;
    }

    private static bool IsBlank(ParagraphView view, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsLetterOrDigit(view.Text[i]))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"\b(?:[Aa]n?|[Oo]ne) [^,.;:“”""‘]{1,120}")]
    private static partial Regex IndefiniteMention();
}
