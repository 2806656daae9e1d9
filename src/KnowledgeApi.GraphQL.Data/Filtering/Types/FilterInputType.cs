using System.Linq.Expressions;
using System.Reflection;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Data.Filtering;

/// <summary>One field of an object filter: the property it filters and the input type of its operations.</summary>
public sealed record FilterField(string Name, PropertyInfo Property, InputObjectType FilterType)
{
    /// <summary>
    /// For a field declared from an expression: the lambda whose body replaces the member access
    /// (<see cref="Property"/> is then the property the expression starts from).
    /// </summary>
    public LambdaExpression? Expression { get; init; }

    /// <summary>Set when the host configured the property as a global ID (<c>DataTypeDescriptor.Id</c>): how its values decode.</summary>
    public IDAttribute? ConfiguredId { get; init; }
}

/// <summary>
/// <c>XFilterInput</c>: <c>and</c>, <c>or</c>, then one field per filterable property of the
/// entity in declaration order, each typed by its operations, nested object filter or list filter.
/// </summary>
public sealed class FilterInputType : InputObjectType<FilterInputValue>
{
    private readonly FilterTypeFactory factory;
    private Dictionary<string, FilterField>? fields;

    internal FilterInputType(string name, Type entityType, FilterTypeFactory factory)
    {
        TypeName = name;
        EntityType = entityType;
        this.factory = factory;
    }

    public string TypeName { get; }

    /// <summary>The entity (row) type the filter applies to.</summary>
    public Type EntityType { get; }

    /// <summary>The property fields by GraphQL name (filled when the schema build configures the type).</summary>
    public IReadOnlyDictionary<string, FilterField> FilterFields => fields ??= CreateFields();

    public override object CreateInstance(IReadOnlyDictionary<string, object?> fieldValues) =>
        fieldValues ?? throw new ArgumentNullException(nameof(fieldValues));

    protected override void Configure(IInputObjectTypeDescriptor<FilterInputValue> descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        descriptor.Name(TypeName).Description(null).BindFieldsExplicitly();
        descriptor.Field(FilterOperations.And).Type("[X!]", this);
        descriptor.Field(FilterOperations.Or).Type("[X!]", this);
        foreach (var field in FilterFields.Values)
        {
            descriptor.Field(field.Name).Type("X", field.FilterType);
        }
    }

    private Dictionary<string, FilterField> CreateFields()
    {
        var created = new Dictionary<string, FilterField>(StringComparer.Ordinal);
        var configuration = factory.Configurations?.For(EntityType);
        foreach (var property in DataMemberInspector.Properties(EntityType))
        {
            if (configuration?.IgnoredProperties.Contains(property.Name) == true)
            {
                continue;
            }

            IDAttribute? configuredId = null;
            if (configuration?.IdProperties.TryGetValue(property.Name, out var idType) == true)
            {
                configuredId = new IDAttribute(idType);
            }

            if ((configuredId is null ? factory.FieldType(property) : factory.IdFieldType(property)) is { } type)
            {
                var name = DataMemberInspector.FieldName(property);
                created.TryAdd(name, new FilterField(name, property, type) { ConfiguredId = configuredId });
            }
        }

        foreach (var computed in configuration?.ComputedFields ?? [])
        {
            created[computed.Name] = ComputedField(computed);
        }

        return created;
    }

    private FilterField ComputedField(ComputedDataField computed)
    {
        var type = factory.FieldType(computed.Expression.ReturnType)
            ?? throw new InvalidOperationException($"The filter field {TypeName}.{computed.Name} has a type ({computed.Expression.ReturnType.Name}) no filter input exists for.");
        var property = ComputedFilterExpression.StartProperty(computed.Expression)
            ?? throw new InvalidOperationException($"The filter field {TypeName}.{computed.Name} must start from a property of {EntityType.Name}.");
        return new FilterField(computed.Name, property, type) { Expression = computed.Expression };
    }
}
