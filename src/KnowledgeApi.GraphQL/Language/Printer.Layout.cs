namespace KnowledgeApi.GraphQL.Language;

/// <summary>The small text combinators every print rule is built from.</summary>
public static partial class Printer
{
    /// <summary>Joins the non-empty parts with the separator.</summary>
    private static string Join(IEnumerable<string?> parts, string separator) =>
        string.Join(separator, parts.Where(part => !string.IsNullOrEmpty(part)));

    /// <summary>Each item on its own line inside an indented <c>{ }</c>; nothing when there are no items.</summary>
    private static string Block(IEnumerable<string?> items) => Wrap("{\n", Indent(Join(items, "\n")), "\n}");

    /// <summary>start + text + end when the text is not empty, otherwise nothing.</summary>
    private static string Wrap(string start, string? text, string end = "") =>
        string.IsNullOrEmpty(text) ? string.Empty : start + text + end;

    /// <summary>
    /// Indents every line by two spaces. Like graphql-js this also indents lines inside block
    /// strings, which the block-string dedent removes again when the text is parsed.
    /// </summary>
    private static string Indent(string text) => Wrap("  ", text.Replace("\n", "\n  ", StringComparison.Ordinal));

    private static bool HasMultilineItems(IReadOnlyList<string> items) => items.Any(item => item.Contains('\n', StringComparison.Ordinal));
}
