using KnowledgeApi.GraphQL.Types.Building;
using KnowledgeApi.GraphQL.Types.Descriptors;

namespace KnowledgeApi.GraphQL.Types.Conventions;

// Types a convention writes as definitions directly, instead of through a CLR class and a
// descriptor: the generated input, payload, error, interface and union types.

/// <summary>An object type from a ready definition (fields bound explicitly, resolvers given).</summary>
internal sealed class DefinedObjectType : ObjectType
{
    private readonly ComplexTypeDefinition prepared;

    public DefinedObjectType(ComplexTypeDefinition definition)
    {
        prepared = definition;
        RuntimeType = definition.RuntimeType;
    }

    private protected override ComplexTypeDescriptor CreateDescriptor(SchemaBuildContext context) =>
        new(context, prepared, isInterface: false);
}

/// <summary>An interface type from a ready definition.</summary>
internal sealed class DefinedInterfaceType(ComplexTypeDefinition definition) : InterfaceType
{
    private protected override ComplexTypeDescriptor CreateDescriptor(SchemaBuildContext context) =>
        new(context, definition, isInterface: true);
}

/// <summary>A union type from a ready list of members.</summary>
internal sealed class DefinedUnionType(UnionTypeDefinition definition) : UnionType
{
    private protected override UnionTypeDefinition CreateDefinition(SchemaBuildContext context) => definition;
}

/// <summary>
/// An input object without a CLR class: its coerced value stays a dictionary of field values,
/// which <see cref="InputArgumentContext"/> hands to the resolver's parameters one by one.
/// </summary>
internal sealed class DefinedInputObjectType(InputObjectTypeDefinition definition) : InputObjectType
{
    public override object CreateInstance(IReadOnlyDictionary<string, object?> fieldValues) =>
        new Dictionary<string, object?>(fieldValues, StringComparer.Ordinal);

    internal override void Initialize(SchemaBuildContext context)
    {
        Name = definition.Name;
        Description = definition.Description;
        FieldCompletion.DiscoverInputValues(definition.Fields, context, field => $"{Name}.{field}");
    }

    internal override void Complete(SchemaBuildContext context) =>
        Fields = FieldCompletion.CompleteInputValues(definition.Fields, context, field => $"{Name}.{field}");
}
