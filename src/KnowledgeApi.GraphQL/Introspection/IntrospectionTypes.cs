using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Introspection;

/// <summary>
/// The <c>__</c> types of the specification's introspection chapter, with every field graphql-js's
/// <c>getIntrospectionQuery</c> asks for (including <c>specifiedByURL</c>, <c>isOneOf</c>,
/// <c>isRepeatable</c> and <c>includeDeprecated</c> on arguments and input fields). Their
/// resolvers read the schema model; the parent of a <c>__Type</c> is an <see cref="IType"/>.
/// </summary>
internal static class IntrospectionTypes
{
    public static IReadOnlyList<TypeSystemObject> Create() =>
    [
        Mark(new ObjectType(SchemaType.Configure)),
        Mark(new ObjectType(TypeType.Configure)),
        Mark(new ObjectType(FieldType.Configure)),
        Mark(new ObjectType(InputValueType.Configure)),
        Mark(new ObjectType(EnumValueType.Configure)),
        Mark(new ObjectType(DirectiveTypeType.Configure)),
        Mark(new EnumType<TypeKind>(d => d.Name("__TypeKind").Description("The kinds of types a __Type can describe."))),
        Mark(new EnumType<DirectiveLocation>(d => d.Name("__DirectiveLocation").Description("The places in documents and schemas where a directive may be used."))),
    ];

    private static TypeSystemObject Mark(TypeSystemObject type)
    {
        type.IsIntrospectionType = true;
        return type;
    }

    /// <summary>Applies <c>includeDeprecated</c>: deprecated members are left out unless it is true.</summary>
    internal static IEnumerable<T> Filter<T>(IEnumerable<T> members, Func<T, bool> isDeprecated, Execution.IResolverContext context) =>
        context.ArgumentValue<bool?>("includeDeprecated") == true ? members : members.Where(m => !isDeprecated(m));
}
