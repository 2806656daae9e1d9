namespace KnowledgeApi.Ingestion.Extraction;

/// <summary>
/// The one list of verbs that report speech ("said", "tweeted", "warned"). Each lemma expands to
/// its inflected forms; a quotation's <see cref="ExtractedQuotation.Verb"/> keeps the form as
/// written in the article ("tweeted"), because that is what a reader searches for and what the
/// offsets point at. <see cref="LemmaOf"/> gives the lemma when a caller wants to group them.
/// </summary>
public static class ReportingVerbs
{
    // Lemmas with regular inflection (say → says, said is listed with the irregulars below).
    private static readonly string[] RegularLemmas =
    [
        "add", "warn", "declare", "state", "claim", "insist", "argue", "note", "explain", "proclaim",
        "announce", "reply", "respond", "answer", "continue", "conclude", "acknowledge", "admit", "affirm",
        "assert", "boast", "comment", "complain", "confirm", "concede", "contend", "caution", "demand", "deny",
        "emphasize", "emphasise", "exclaim", "gush", "lament", "maintain", "muse", "observe", "post",
        "predict", "promise", "recall", "remark", "report", "reiterate", "shout", "stress", "suggest",
        "testify", "threaten", "urge", "vow", "wonder", "yell", "whisper", "describe", "joke", "quip",
        "counter", "agree", "tweet", "scream", "charge", "allege", "plead", "pledge", "mention", "recount",
        "retort", "sigh", "chant", "cry", "protest", "question", "assure", "advise", "inform",
        "estimate", "rule", "opine", "query", "interject", "reason", "concur", "declaim", "thunder", "denounce",
    ];

    // Irregular lemmas and every form they take.
    private static readonly (string Lemma, string[] Forms)[] IrregularLemmas =
    [
        ("say", ["say", "says", "said", "saying"]),
        ("tell", ["tell", "tells", "told", "telling"]),
        ("write", ["write", "writes", "wrote", "written", "writing"]),
        ("speak", ["speaks", "spoke", "speaking"]),
        ("begin", ["began", "begins"]),
        ("ask", ["ask", "asks", "asked", "asking"]),
    ];

    private static readonly Dictionary<string, string> FormToLemma = Build();

    /// <summary>How many lemmas the list holds (the issue asks for at least 60).</summary>
    public static int LemmaCount { get; } = FormToLemma.Values.Distinct(StringComparer.Ordinal).Count();

    /// <summary>Whether a lower-case word is a form of a reporting verb.</summary>
    public static bool IsReportingVerb(string word) => FormToLemma.ContainsKey(word);

    /// <summary>The lemma of a reporting verb form ("tweeted" → "tweet"), or null.</summary>
    public static string? LemmaOf(string word) => FormToLemma.GetValueOrDefault(word);

    private static Dictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var lemma in RegularLemmas)
        {
            foreach (var form in Inflect(lemma))
            {
                map.TryAdd(form, lemma);
            }
        }

        foreach (var (lemma, forms) in IrregularLemmas)
        {
            foreach (var form in forms)
            {
                map[form] = lemma;
            }
        }

        return map;
    }

    // Regular English inflection: enough for this list (reply → replies/replied, argue → argued).
    private static IEnumerable<string> Inflect(string lemma)
    {
        yield return lemma;
        var stem = lemma[..^1];
        var last = lemma[^1];
        if (last == 'y' && !"aeiou".Contains(lemma[^2], StringComparison.Ordinal))
        {
            yield return stem + "ies";
            yield return stem + "ied";
            yield return lemma + "ing";
        }
        else if (last == 'e')
        {
            yield return lemma + "s";
            yield return lemma + "d";
            yield return stem + "ing";
        }
        else
        {
            var sibilant = lemma.EndsWith("sh", StringComparison.Ordinal) || lemma.EndsWith("ch", StringComparison.Ordinal)
                || last is 's' or 'x' or 'z';
            yield return lemma + (sibilant ? "es" : "s");
            var doubled = lemma is "quip" ? lemma + "p" : lemma;
            yield return doubled + "ed";
            yield return doubled + "ing";
        }
    }
}
