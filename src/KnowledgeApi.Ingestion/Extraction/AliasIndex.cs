using System.Text;

namespace KnowledgeApi.Ingestion.Extraction;

/// <summary>
/// Maps names and aliases to entity keys, accent-insensitively ("Lopez Obrador" finds "López
/// Obrador"). Upper-case aliases such as "WHO" match only in upper case, so the pronoun "who"
/// is not the World Health Organization; other aliases need a capital on their first word.
/// A weaker claim (a surname) never overrides a stronger one (a full name), and two equally
/// strong claims on one alias cancel each other, so an ambiguous surname names nobody.
/// </summary>
internal sealed class AliasIndex
{
    public const int GazetteerStrength = 3;
    public const int NameStrength = 2;
    public const int SuffixStrength = 1;

    private readonly Dictionary<string, Claim> claims = new(StringComparer.Ordinal);

    // The most tokens of any alias starting with a given first word (by key): Match tries only
    // lengths some alias has, instead of building and folding every candidate span of text.
    private readonly Dictionary<string, int> longestByFirstWord = new(StringComparer.Ordinal);
    private readonly AliasIndex? fallback;

    public AliasIndex(AliasIndex? fallback = null)
    {
        this.fallback = fallback;
        MaxTokens = fallback?.MaxTokens ?? 1;
    }

    public int MaxTokens { get; private set; }

    public void Add(string alias, string entityKey, int strength)
    {
        var tokens = Token.Split(alias);
        if (tokens.Count == 0)
        {
            return;
        }

        var surface = Join(alias, tokens, 0, tokens.Count);
        var key = TextFolding.Key(surface);
        var exactCase = tokens.TrueForAll(t => t.IsAcronym);
        var claim = new Claim(entityKey, strength, exactCase, TextFolding.RemoveAccents(surface));
        if (claims.TryGetValue(key, out var existing))
        {
            if (existing.EntityKey == entityKey || existing.Strength > strength)
            {
                return;
            }

            if (existing.Strength == strength)
            {
                // Two people share a surname: the surname alone names neither.
                claims[key] = strength == SuffixStrength ? claim with { EntityKey = null } : existing;
                return;
            }
        }

        claims[key] = claim;
        MaxTokens = Math.Max(MaxTokens, tokens.Count);
        var firstWord = TextFolding.Key(tokens[0].Text);
        longestByFirstWord[firstWord] = Math.Max(longestByFirstWord.GetValueOrDefault(firstWord), tokens.Count);
    }

    /// <summary>Whether an alias is claimed by some entity (in this index or its fallback).</summary>
    public string? Lookup(string alias)
    {
        var tokens = Token.Split(alias);
        return tokens.Count == 0 ? null : Find(TextFolding.Key(Join(alias, tokens, 0, tokens.Count)))?.EntityKey;
    }

    /// <summary>The longest alias starting at a token: its entity key and how many tokens it covers.</summary>
    public (string EntityKey, int TokenCount)? Match(string text, List<Token> tokens, int first)
    {
        if (!char.IsUpper(tokens[first].Text[0]) && !char.IsDigit(tokens[first].Text[0]))
        {
            return null;
        }

        var longest = Math.Min(LongestFrom(TextFolding.Key(tokens[first].Text)), tokens.Count - first);
        for (var n = longest; n >= 1; n--)
        {
            if (!Contiguous(text, tokens, first, n))
            {
                continue;
            }

            var surface = Join(text, tokens, first, n);
            var claim = Find(TextFolding.Key(surface));
            if (claim?.EntityKey is null)
            {
                continue;
            }

            if (claim.ExactCase && !string.Equals(TextFolding.RemoveAccents(surface), claim.Surface, StringComparison.Ordinal))
            {
                continue;
            }

            return (claim.EntityKey, n);
        }

        return null;
    }

    private int LongestFrom(string firstWord) =>
        Math.Max(longestByFirstWord.GetValueOrDefault(firstWord), fallback?.LongestFrom(firstWord) ?? 0);

    private Claim? Find(string key)
    {
        var own = claims.GetValueOrDefault(key);
        var inherited = fallback?.Find(key);
        if (own is null)
        {
            return inherited;
        }

        return inherited is not null && inherited.Strength >= own.Strength ? inherited : own;
    }

    // Tokens of one name are separated by spaces, a comma ("Washington, D.C.") or a hyphen only.
    private static bool Contiguous(string text, List<Token> tokens, int first, int count)
    {
        for (var i = first + 1; i < first + count; i++)
        {
            var gap = text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End);
            if (gap.Length > 3)
            {
                return false;
            }

            foreach (var c in gap)
            {
                if (c is not (' ' or ',' or '.' or '\u00a0'))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static string Join(string text, List<Token> tokens, int first, int count)
    {
        if (count == 1)
        {
            return tokens[first].Text;
        }

        var builder = new StringBuilder();
        for (var i = first; i < first + count; i++)
        {
            if (i > first)
            {
                foreach (var c in text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End))
                {
                    builder.Append(char.IsWhiteSpace(c) ? ' ' : c);
                }
            }

            builder.Append(tokens[i].Text);
        }

        return builder.ToString();
    }

    private sealed record Claim(string? EntityKey, int Strength, bool ExactCase, string Surface);
}
