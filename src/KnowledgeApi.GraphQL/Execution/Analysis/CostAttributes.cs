using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Execution.Analysis;

/// <summary><c>[Cost("10")]</c>: applies <c>@cost(weight: "10")</c> to a field, argument, input field, object, scalar or enum.</summary>
public sealed class CostAttribute(string weight) : AppliedDirectiveAttribute
{
    public string Weight { get; } = weight;

    public override IAppliedDirective CreateDirective() => CostDirective.Parse(Weight);
}

/// <summary><c>[ListSize(AssumedSize = 50, SlicingArguments = ["first"])]</c>: applies <c>@listSize(...)</c> to a field.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method)]
public sealed class ListSizeAttribute : AppliedDirectiveAttribute
{
    private int? assumedSize;
    private int? slicingArgumentDefaultValue;

    public int AssumedSize { get => assumedSize ?? 0; set => assumedSize = value; }

    public string[]? SlicingArguments { get; set; }

    public int SlicingArgumentDefaultValue { get => slicingArgumentDefaultValue ?? 0; set => slicingArgumentDefaultValue = value; }

    public string[]? SizedFields { get; set; }

    public bool RequireOneSlicingArgument { get; set; } = true;

    public override IAppliedDirective CreateDirective() =>
        new ListSizeDirective(assumedSize, SlicingArguments, slicingArgumentDefaultValue, SizedFields, RequireOneSlicingArgument);
}
