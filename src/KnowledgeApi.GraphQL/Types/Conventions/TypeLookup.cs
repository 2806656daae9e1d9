using KnowledgeApi.GraphQL.Types.Building;

namespace KnowledgeApi.GraphQL.Types.Conventions;

/// <summary>The registered type a reference names, between initialization and naming (when <c>ByName</c> is not filled yet).</summary>
internal static class TypeLookup
{
    public static TypeSystemObject? Find(TypeRef? reference, SchemaBuildContext context)
    {
        var registry = context.Registry;
        return reference?.Named() switch
        {
            ClrTypeRef clr => registry.ByRuntimeType(clr.RuntimeType, input: false)
                ?? (BuiltInScalars.ScalarClassFor(clr.RuntimeType) is { } scalar ? registry.BySchemaClass(scalar) : null),
            SchemaTypeRef schema => registry.BySchemaClass(schema.SchemaType),
            InstanceRef instance => instance.Type,
            NameRef name => registry.Types.FirstOrDefault(t => t.Name == name.Name),
            _ => null,
        };
    }

    /// <summary>The same reference without its outer non-null: payload fields are null when the mutation failed.</summary>
    public static TypeRef Nullable(TypeRef reference) => reference is NonNullRef nonNull ? nonNull.Inner : reference;
}
