using System.Globalization;
using System.Text;
using KnowledgeApi.Ingestion.Extraction;

namespace KnowledgeApi.Ingestion.Tests.Extraction;

/// <summary>
/// Precision and recall of (quotation text, speaker) pairs against the annotations. Only
/// non-fragment quotations of four words or more are scored, as only those were annotated.
/// A named speaker matches by canonical name; an unnamed one when one descriptor contains the
/// other once determiners are dropped ("the miner" and "one miner").
/// </summary>
internal static class QuotationScoring
{
    public const int MinWords = 4;

    public static Score Score(CorpusArticle article, ExtractedArticle extracted, List<string>? misses = null)
    {
        var names = extracted.Entities.ToDictionary(e => e.Key, e => e.Name);
        var predicted = extracted.Quotations
            .Where(q => !q.IsFragment && WordCount(q.Text) >= MinWords)
            .Select(q => (q.Text, Name: q.Speaker?.EntityKey is { } key ? names.GetValueOrDefault(key) : null, q.Speaker?.Descriptor))
            .ToList();

        var matched = 0;
        foreach (var gold in article.Quotations)
        {
            var hit = predicted.FindIndex(p => p.Text == gold.Text && SpeakerMatches(gold, p.Name, p.Descriptor));
            if (hit >= 0)
            {
                matched++;
                predicted.RemoveAt(hit);
            }
            else
            {
                misses?.Add($"{article.Name}: missed \"{Short(gold.Text)}\" by {gold.Speaker ?? gold.Descriptor}");
            }
        }

        foreach (var extra in predicted)
        {
            misses?.Add($"{article.Name}: wrong \"{Short(extra.Text)}\" by {extra.Name ?? extra.Descriptor ?? "nobody"}");
        }

        return new Score(matched, matched + predicted.Count, article.Quotations.Count);
    }

    public static int WordCount(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static bool SpeakerMatches(AnnotatedQuotation gold, string? name, string? descriptor)
    {
        if (gold.Speaker is not null)
        {
            return name is not null && Fold(name) == Fold(gold.Speaker);
        }

        if (gold.Descriptor is null || descriptor is null)
        {
            return false;
        }

        var a = " " + WithoutDeterminer(Fold(gold.Descriptor)) + " ";
        var b = " " + WithoutDeterminer(Fold(descriptor)) + " ";
        return a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal);
    }

    private static string WithoutDeterminer(string text)
    {
        foreach (var determiner in new[] { "a ", "an ", "the ", "one " })
        {
            if (text.StartsWith(determiner, StringComparison.Ordinal))
            {
                return text[determiner.Length..];
            }
        }

        return text;
    }

    private static string Fold(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c == '’' ? '\'' : c));
            }
        }

        return builder.ToString().Trim();
    }

    private static string Short(string text) => text.Length <= 50 ? text : text[..50] + "…";
}

/// <summary>Matched pairs, predicted pairs and annotated pairs; precision and recall from them.</summary>
internal readonly record struct Score(int Matched, int Predicted, int Annotated)
{
    public double Precision => Predicted == 0 ? 1 : (double)Matched / Predicted;

    public double Recall => Annotated == 0 ? 1 : (double)Matched / Annotated;

    public static Score operator +(Score a, Score b) =>
        new(a.Matched + b.Matched, a.Predicted + b.Predicted, a.Annotated + b.Annotated);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"precision {Precision:0.000} ({Matched}/{Predicted}), recall {Recall:0.000} ({Matched}/{Annotated})");
}
