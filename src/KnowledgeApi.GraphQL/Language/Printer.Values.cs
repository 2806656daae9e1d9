using System.Text;

namespace KnowledgeApi.GraphQL.Language;

/// <summary>Printing of value literals, including graphql-js's string escaping rules.</summary>
public static partial class Printer
{
    private static string PrintValue(IValueNode node) => node switch
    {
        VariableNode n => "$" + n.Name.Value,
        IntValueNode n => n.Value,
        FloatValueNode n => n.Value,
        StringValueNode n => n.Block ? PrintBlockString(n.Value) : PrintString(n.Value),
        BooleanValueNode n => n.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode n => n.Value,
        ListValueNode n => "[" + Join(n.Items.Select(PrintValue), ", ") + "]",
        ObjectValueNode n => "{" + Join(n.Fields.Select(Print), ", ") + "}",
        _ => throw new ArgumentException($"Unknown value node {node.Kind}.", nameof(node)),
    };

    /// <summary>
    /// A quoted string literal: quote, backslash and control characters (C0, DEL and C1) are
    /// escaped; everything else, including non-ASCII text, is written as it is.
    /// </summary>
    public static string PrintString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\t': builder.Append("\\t"); break;
                case '\n': builder.Append("\\n"); break;
                case '\f': builder.Append("\\f"); break;
                case '\r': builder.Append("\\r"); break;
                case < '\u0020' or (>= '\u007F' and <= '\u009F'):
                    builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                default: builder.Append(c); break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>
    /// A block string literal. Adds a leading and trailing line break when that keeps the value
    /// readable and intact: multi-line values, long ones, ones ending in a quote or backslash,
    /// and ones whose later lines are all indented (the indentation would otherwise be lost).
    /// </summary>
    public static string PrintBlockString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var lineCount = 0;
        var laterLinesIndented = true;
        foreach (var line in new LineEnumerator(escaped))
        {
            if (lineCount > 0 && line.Length > 0 && !BlockStringValue.IsWhiteSpace(line[0]))
            {
                laterLinesIndented = false;
            }

            lineCount++;
        }

        var isSingleLine = lineCount == 1;
        var forceLeadingNewLine = !isSingleLine && laterLinesIndented;
        var hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var forceTrailingNewLine = hasTrailingQuote || value.EndsWith('\\');
        var printAsMultipleLines = !isSingleLine || value.Length > 70 || forceTrailingNewLine
            || forceLeadingNewLine || hasTrailingTripleQuotes;

        // A single line that starts with whitespace must not move to a new line: the dedent
        // would strip its leading whitespace.
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && BlockStringValue.IsWhiteSpace(value[0]);
        var builder = new StringBuilder(escaped.Length + 8).Append("\"\"\"");
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            builder.Append('\n');
        }

        builder.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewLine)
        {
            builder.Append('\n');
        }

        return builder.Append("\"\"\"").ToString();
    }
}
