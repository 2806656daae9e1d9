using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Execution.Coercion;

/// <summary>Turns a type written in a document (<c>[Int!]!</c>) into the schema's type; null when the named type is unknown.</summary>
internal static class TypeFromSyntax
{
    public static IType? Resolve(Schema schema, ITypeNode node) => node switch
    {
        NonNullTypeNode nonNull => Resolve(schema, nonNull.Type) is { } inner and not NonNullType ? new NonNullType(inner) : null,
        ListTypeNode list => Resolve(schema, list.Type) is { } element ? new ListType(element) : null,
        NamedTypeNode named => schema.TryGetType(named.Name.Value, out var type) ? type : null,
        _ => null,
    };
}
