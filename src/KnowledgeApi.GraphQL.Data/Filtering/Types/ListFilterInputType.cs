using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Data.Filtering;

/// <summary>
/// The filter of a list property: <c>all</c>, <c>none</c>, <c>some</c> take the element's filter,
/// <c>any</c> asks whether the list has elements. <c>ListStringOperationFilterInput</c> for lists
/// of scalars, <c>ListFilterInputTypeOfXFilterInput</c> for lists of objects.
/// </summary>
public sealed class ListFilterInputType : InputObjectType<FilterInputValue>
{
    private readonly Execution.Analysis.CostOptions? cost;

    internal ListFilterInputType(string name, InputObjectType elementFilterType, Type elementType, Execution.Analysis.CostOptions? cost)
    {
        this.cost = cost;
        TypeName = name;
        ElementFilterType = elementFilterType;
        ElementType = elementType;
    }

    public string TypeName { get; }

    /// <summary>The filter of one element (an <see cref="OperationFilterInputType"/> or a <see cref="FilterInputType"/>).</summary>
    public InputObjectType ElementFilterType { get; }

    /// <summary>The CLR element type of the list.</summary>
    public Type ElementType { get; }

    public override object CreateInstance(IReadOnlyDictionary<string, object?> fieldValues) =>
        fieldValues ?? throw new ArgumentNullException(nameof(fieldValues));

    protected override void Configure(IInputObjectTypeDescriptor<FilterInputValue> descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        descriptor.Name(TypeName).Description(null).BindFieldsExplicitly();
        DataCostDefaults.FilterOperation(cost, descriptor.Field(FilterOperations.All).Type("X", ElementFilterType), FilterOperations.All);
        DataCostDefaults.FilterOperation(cost, descriptor.Field(FilterOperations.None).Type("X", ElementFilterType), FilterOperations.None);
        DataCostDefaults.FilterOperation(cost, descriptor.Field(FilterOperations.Some).Type("X", ElementFilterType), FilterOperations.Some);
        DataCostDefaults.FilterOperation(cost, descriptor.Field(FilterOperations.Any).Type("Boolean"), FilterOperations.Any);
    }
}
