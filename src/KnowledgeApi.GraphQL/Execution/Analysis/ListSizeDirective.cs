using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Execution.Analysis;

/// <summary>
/// <c>@listSize(...)</c> from the IBM cost specification: how long the list a field returns is, either
/// fixed (<c>assumedSize</c>) or read from the field's slicing arguments (<c>first</c>, <c>last</c>), and
/// whether that size applies to sub-fields instead (<c>sizedFields</c>: a connection's <c>edges</c>/<c>nodes</c>).
/// </summary>
public sealed class ListSizeDirective : IAppliedDirective
{
    public const string DirectiveName = "listSize";

    public ListSizeDirective(
        int? assumedSize = null,
        IReadOnlyList<string>? slicingArguments = null,
        int? slicingArgumentDefaultValue = null,
        IReadOnlyList<string>? sizedFields = null,
        bool requireOneSlicingArgument = true)
    {
        AssumedSize = assumedSize;
        SlicingArguments = slicingArguments ?? [];
        SlicingArgumentDefaultValue = slicingArgumentDefaultValue;
        SizedFields = sizedFields ?? [];
        RequireOneSlicingArgument = requireOneSlicingArgument;

        // Printed in the definition's argument order; requireOneSlicingArgument only when it differs
        // from its default (true), as Hot Chocolate prints it.
        var arguments = new List<KeyValuePair<string, object>>();
        if (assumedSize is { } size)
        {
            arguments.Add(new("assumedSize", size));
        }

        if (SlicingArguments.Count > 0)
        {
            arguments.Add(new("slicingArguments", SlicingArguments));
        }

        if (slicingArgumentDefaultValue is { } defaultValue)
        {
            arguments.Add(new("slicingArgumentDefaultValue", defaultValue));
        }

        if (SizedFields.Count > 0)
        {
            arguments.Add(new("sizedFields", SizedFields));
        }

        if (!requireOneSlicingArgument)
        {
            arguments.Add(new("requireOneSlicingArgument", false));
        }

        Arguments = arguments;
    }

    public int? AssumedSize { get; }

    public IReadOnlyList<string> SlicingArguments { get; }

    public int? SlicingArgumentDefaultValue { get; }

    public IReadOnlyList<string> SizedFields { get; }

    public bool RequireOneSlicingArgument { get; }

    public string Name => DirectiveName;

    public IReadOnlyList<KeyValuePair<string, object>> Arguments { get; }

    public DirectiveType CreateDefinition() => CostDirectiveDefinitions.ListSize();
}
