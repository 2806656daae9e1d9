namespace KnowledgeApi.GraphQL.Types;

/// <summary>Any GraphQL type: a named type or a list / non-null wrapper around one.</summary>
public interface IType
{
    TypeKind Kind { get; }
}

/// <summary>A type with a name of its own (everything but the list and non-null wrappers).</summary>
public interface INamedType : IType
{
    string Name { get; }

    string? Description { get; }
}

/// <summary>A type whose possible object types are decided at run time: interfaces and unions.</summary>
public interface IAbstractType : INamedType
{
    /// <summary>The object type of a resolved value, or null when the value belongs to none of the possible types.</summary>
    ObjectType? ResolveConcreteType(object value);
}

/// <summary>An object or interface type: a named type with output fields and implemented interfaces.</summary>
public interface IComplexOutputType : INamedType
{
    FieldCollection<OutputField> Fields { get; }

    IReadOnlyList<InterfaceType> Interfaces { get; }
}
