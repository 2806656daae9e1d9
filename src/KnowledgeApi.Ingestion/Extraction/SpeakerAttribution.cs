namespace KnowledgeApi.Ingestion.Extraction;

/// <summary>
/// Finds who said each quotation, trying in order:
/// <list type="number">
/// <item>a reporting verb after the closing mark ("...," he said / Gaytán said / said Maria Ortiz);</item>
/// <item>a reporting verb before the opening mark in the same sentence ("AMLO tweeted: ...",
/// "warned that ..."), or at the end of the previous paragraph when it ends with a colon;</item>
/// <item>for a quotation that starts its sentence, the speaker of the previous quotation in the
/// same or the previous paragraph (a following quotation inherits its speaker);</item>
/// <item>for a quotation inside a sentence, that sentence's subject.</item>
/// </list>
/// </summary>
internal sealed class SpeakerAttribution(SpeakerPhraseResolver resolver, IReadOnlyDictionary<int, ParagraphView> views)
{
    // How far after a closing mark a reporting verb may sit ("..." to force ... in Mexico, Trump gushed).
    private const int MaxTokensToVerb = 20;

    public (SpeakerRef? Speaker, string? Verb) Attribute(QuotationSpan quotation)
    {
        var view = views[quotation.Paragraph];
        var result = After(quotation);
        if (result.Speaker is null)
        {
            result = Before(quotation, view);
        }

        if (result.Speaker is null && view.StartsSentence(quotation.OpenMark))
        {
            result = (Inherited(quotation.Paragraph), null);
        }
        else if (result.Speaker is null)
        {
            var start = view.SentenceStartOf(quotation.OpenMark);
            result = (resolver.SubjectOf(view, start, quotation.OpenMark), null);
        }

        // A headline speaks for itself: its speaker is not the antecedent of the body's pronouns.
        if (result.Speaker is not null && quotation.Paragraph != TextSpan.TitleParagraph)
        {
            resolver.History.Add((quotation.LastParagraph, result.Speaker));
        }

        return result;
    }

    private (SpeakerRef? Speaker, string? Verb) After(QuotationSpan quotation)
    {
        if (!quotation.Closed)
        {
            return (null, null);
        }

        var view = views[quotation.LastParagraph];
        var after = quotation.AfterClose;
        var next = after;
        while (next < view.Text.Length && view.Text[next] == ' ')
        {
            next++;
        }

        var endsSentence = quotation.Text.TrimEnd().EndsWith('.');
        if (next >= view.Text.Length || endsSentence && !char.IsLower(view.Text[next]))
        {
            return (null, null);
        }

        var limit = ClauseEnd(view, after);
        const string AccordingTo = "according to ";
        var rest = view.Text.AsSpan(next, limit - next).TrimStart(", ");
        if (rest.StartsWith(AccordingTo, StringComparison.Ordinal))
        {
            // "...,” according to the ministry: a source, with no verb of its own.
            var sourceStart = limit - rest.Length + AccordingTo.Length;
            return (resolver.ResolvePhrase(view, sourceStart, PhraseEnd(view, sourceStart, limit)), null);
        }

        var seen = 0;
        for (var t = view.TokenAt(after); t < view.Tokens.Count && view.Tokens[t].End <= limit && seen < MaxTokensToVerb; t++, seen++)
        {
            if (!SpeakerPhraseResolver.IsReportingVerb(view, t))
            {
                continue;
            }

            var verb = view.Tokens[t];
            var speaker = IsBlank(view, after, verb.Start)
                ? resolver.ResolvePhrase(view, verb.End, PhraseEnd(view, verb.End, limit))
                : ResolveNear(view, quotation, after, verb.Start);
            return (speaker, speaker is null ? null : verb.Text);
        }

        return (null, null);
    }

    // After the quotation, a pronoun looks for its antecedent before the opening mark.
    private SpeakerRef? ResolveNear(ParagraphView view, QuotationSpan quotation, int start, int end)
    {
        var firstToken = view.TokenAt(start);
        if (firstToken < view.Tokens.Count && Pronouns.ClassOf(view.Tokens[firstToken].Text) is { } pronoun
            && view.Tokens[firstToken].End <= end && quotation.Paragraph == view.Index)
        {
            return resolver.ResolvePronoun(pronoun, view, view.SentenceStartOf(quotation.OpenMark), quotation.OpenMark);
        }

        return resolver.ResolveClause(view, start, end);
    }

    private (SpeakerRef? Speaker, string? Verb) Before(QuotationSpan quotation, ParagraphView view)
    {
        var open = quotation.OpenMark;
        if (IsBlank(view, 0, open))
        {
            if (quotation.Paragraph > 0 && views[quotation.Paragraph - 1].Text.TrimEnd().EndsWith(':'))
            {
                var previous = views[quotation.Paragraph - 1];
                return VerbBefore(previous, previous.SentenceStartOf(previous.Text.Length - 1), previous.Text.Length);
            }

            return (null, null);
        }

        return view.StartsSentence(open) ? (null, null) : VerbBefore(view, view.SentenceStartOf(open), open);
    }

    // The last reporting verb before the quotation whose subject resolves.
    private (SpeakerRef? Speaker, string? Verb) VerbBefore(ParagraphView view, int sentenceStart, int limit)
    {
        for (var t = view.TokenAt(limit) - 1; t >= 0 && view.Tokens[t].Start >= sentenceStart; t--)
        {
            if (!SpeakerPhraseResolver.IsReportingVerb(view, t))
            {
                continue;
            }

            var clauseStart = sentenceStart;
            for (var i = view.Tokens[t].Start - 1; i > sentenceStart; i--)
            {
                if (view.IsQuoted(i))
                {
                    clauseStart = i + 1;
                    break;
                }
            }

            // “...,” said Tomasz Nowak, 58, “and ...”: the verb comes first and the speaker after it.
            var verb = view.Tokens[t];
            var speaker = IsBlank(view, clauseStart, verb.Start)
                ? resolver.ResolvePhrase(view, verb.End, PhraseEnd(view, verb.End, limit))
                : resolver.ResolveClause(view, clauseStart, verb.Start);
            if (speaker is not null)
            {
                return (speaker, verb.Text);
            }
        }

        return (null, null);
    }

    private SpeakerRef? Inherited(int paragraph)
    {
        if (resolver.History.Count == 0)
        {
            return null;
        }

        var (lastParagraph, speaker) = resolver.History[^1];
        return lastParagraph >= paragraph - 1 && lastParagraph <= paragraph ? speaker : null;
    }

    // A clause after a quotation ends at a sentence stop, a colon or semicolon, or the next quotation.
    private static int ClauseEnd(ParagraphView view, int from)
    {
        for (var i = from; i < view.Text.Length; i++)
        {
            if (view.Text[i] is '.' or '!' or '?' or ';' or ':' && !IsAbbreviationDot(view, i) || view.IsQuoted(i))
            {
                return i;
            }
        }

        return view.Text.Length;
    }

    private static bool IsAbbreviationDot(ParagraphView view, int i)
    {
        var t = view.TokenAt(i) - 1;
        return view.Text[i] == '.' && t >= 0 && view.Tokens[t].End == i && Lexicon.Abbreviations.Contains(view.Tokens[t].Text);
    }

    // "said Patricio Muñoz, president of ...": the speaker runs to the next comma.
    private static int PhraseEnd(ParagraphView view, int from, int limit)
    {
        var comma = view.Text.IndexOf(',', from, limit - from);
        return comma < 0 ? limit : comma;
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
}
