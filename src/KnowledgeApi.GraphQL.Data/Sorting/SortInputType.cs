using System.Reflection;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Data.Sorting;

/// <summary>One field of a sort input: the property it orders by, and the nested sort input of a reference (null for a leaf).</summary>
public sealed record SortField(string Name, PropertyInfo Property, SortInputType? Nested);

/// <summary>The CLR type sort inputs are bound to; sorting reads the literal, never an object.</summary>
public sealed class SortInputValue;

/// <summary>
/// <c>XSortInput</c>: one field per sortable property in declaration order, <c>SortEnumType</c> for
/// scalars and enums, the nested <c>YSortInput</c> for references; collections are skipped.
/// </summary>
public sealed class SortInputType : InputObjectType<SortInputValue>
{
    private readonly SortTypeFactory factory;
    private Dictionary<string, SortField>? fields;

    internal SortInputType(string name, Type entityType, SortTypeFactory factory)
    {
        TypeName = name;
        EntityType = entityType;
        this.factory = factory;
    }

    public string TypeName { get; }

    public Type EntityType { get; }

    public IReadOnlyDictionary<string, SortField> SortFields => fields ??= CreateFields();

    public override object CreateInstance(IReadOnlyDictionary<string, object?> fieldValues) =>
        fieldValues ?? throw new ArgumentNullException(nameof(fieldValues));

    protected override void Configure(IInputObjectTypeDescriptor<SortInputValue> descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        descriptor.Name(TypeName).Description(null).BindFieldsExplicitly();
        foreach (var field in SortFields.Values)
        {
            if (field.Nested is { } nested)
            {
                DataCostDefaults.SortField(factory.Cost, descriptor.Field(field.Name).Type("X", nested));
            }
            else
            {
                DataCostDefaults.SortField(factory.Cost, descriptor.Field(field.Name).Type("X", typeof(SortEnumType)));
            }
        }
    }

    private Dictionary<string, SortField> CreateFields()
    {
        var created = new Dictionary<string, SortField>(StringComparer.Ordinal);
        var ignored = factory.Configurations?.For(EntityType)?.IgnoredProperties;
        foreach (var property in DataMemberInspector.Properties(EntityType))
        {
            if (ignored?.Contains(property.Name) == true)
            {
                continue;
            }

            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var name = DataMemberInspector.FieldName(property);
            if (SortTypeFactory.IsLeaf(type))
            {
                created.TryAdd(name, new SortField(name, property, null));
            }
            else if (SortTypeFactory.IsEntity(type))
            {
                created.TryAdd(name, new SortField(name, property, factory.SortInput(type)));
            }
        }

        return created;
    }
}
