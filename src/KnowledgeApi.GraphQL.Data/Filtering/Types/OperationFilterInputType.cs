using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Data.Filtering;

/// <summary>
/// The operations on one scalar or enum: <c>IntOperationFilterInput { eq neq in nin gt ... }</c>.
/// One instance per name and schema, shared by every property of that kind.
/// </summary>
public sealed class OperationFilterInputType : InputObjectType<FilterInputValue>
{
    private readonly Type valueType;

    private readonly Execution.Analysis.CostOptions? cost;

    internal OperationFilterInputType(string name, FilterOperationKind kind, Type valueType, Execution.Analysis.CostOptions? cost)
    {
        this.cost = cost;
        TypeName = name;
        OperationKind = kind;
        this.valueType = valueType;
        Operations = FilterOperations.For(kind);
    }

    /// <summary>The GraphQL name, known before the schema build names the type.</summary>
    public string TypeName { get; }

    public FilterOperationKind OperationKind { get; }

    public IReadOnlyList<string> Operations { get; }

    /// <summary>Filter middleware reads literals; an object caller gets the coerced fields themselves.</summary>
    public override object CreateInstance(IReadOnlyDictionary<string, object?> fieldValues) =>
        fieldValues ?? throw new ArgumentNullException(nameof(fieldValues));

    protected override void Configure(IInputObjectTypeDescriptor<FilterInputValue> descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        descriptor.Name(TypeName).Description(null).BindFieldsExplicitly();

        // Only the string operations can be combined inside one field (HC's StringOperationFilterInput).
        if (OperationKind == FilterOperationKind.String)
        {
            descriptor.Field(FilterOperations.And).Type("[X!]", this);
            descriptor.Field(FilterOperations.Or).Type("[X!]", this);
        }

        foreach (var operation in Operations)
        {
            var syntax = !FilterOperations.TakesList(operation) ? "X" : OperationKind == FilterOperationKind.Enum ? "[X!]" : "[X]";
            DataCostDefaults.FilterOperation(cost, descriptor.Field(operation).Type(syntax, valueType), operation);
        }
    }
}
