using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Execution.Analysis;

/// <summary>The fluent forms of <c>[Cost]</c> and <c>[ListSize]</c>, named as Hot Chocolate names them.</summary>
public static class CostDescriptorExtensions
{
    public static IObjectFieldDescriptor Cost(this IObjectFieldDescriptor descriptor, double weight)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return descriptor.Directive(new CostDirective(weight));
    }

    public static IArgumentDescriptor Cost(this IArgumentDescriptor descriptor, double weight)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return descriptor.Directive(new CostDirective(weight));
    }

    public static IInputFieldDescriptor Cost(this IInputFieldDescriptor descriptor, double weight)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return descriptor.Directive(new CostDirective(weight));
    }

    public static IObjectTypeDescriptor Cost(this IObjectTypeDescriptor descriptor, double weight)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return descriptor.Directive(new CostDirective(weight));
    }

    public static IObjectFieldDescriptor ListSize(
        this IObjectFieldDescriptor descriptor,
        int? assumedSize = null,
        IReadOnlyList<string>? slicingArguments = null,
        int? slicingArgumentDefaultValue = null,
        IReadOnlyList<string>? sizedFields = null,
        bool requireOneSlicingArgument = true)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return descriptor.Directive(new ListSizeDirective(assumedSize, slicingArguments, slicingArgumentDefaultValue, sizedFields, requireOneSlicingArgument));
    }
}
