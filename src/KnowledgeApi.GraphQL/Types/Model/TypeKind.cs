namespace KnowledgeApi.GraphQL.Types;

/// <summary>The kinds of the spec's <c>__TypeKind</c> enum, in its order.</summary>
public enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
    List,
    NonNull,
}
