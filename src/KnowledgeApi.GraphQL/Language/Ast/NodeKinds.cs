namespace KnowledgeApi.GraphQL.Language;

// The grammar's groupings of nodes. They exist so that later layers (validation, execution,
// schema building) can switch over "a definition" or "a value" without a common base class.

/// <summary>A node that carries a name.</summary>
public interface INamedSyntaxNode : ISyntaxNode
{
    NameNode Name { get; }
}

/// <summary>A node that directives may be applied to.</summary>
public interface IHasDirectives : ISyntaxNode
{
    IReadOnlyList<DirectiveNode> Directives { get; }
}

/// <summary>A top-level definition of a document.</summary>
public interface IDefinitionNode : ISyntaxNode;

/// <summary>An operation or a fragment definition.</summary>
public interface IExecutableDefinitionNode : IDefinitionNode, IHasDirectives
{
    SelectionSetNode SelectionSet { get; }
}

/// <summary>A schema, type or directive definition.</summary>
public interface ITypeSystemDefinitionNode : IDefinitionNode;

/// <summary>A scalar, object, interface, union, enum or input object definition.</summary>
public interface ITypeDefinitionNode : ITypeSystemDefinitionNode, INamedSyntaxNode, IHasDirectives
{
    StringValueNode? Description { get; }
}

/// <summary>A schema or type extension.</summary>
public interface ITypeSystemExtensionNode : IDefinitionNode;

/// <summary>An extension of a named type.</summary>
public interface ITypeExtensionNode : ITypeSystemExtensionNode, INamedSyntaxNode, IHasDirectives;

/// <summary>A field, fragment spread or inline fragment inside a selection set.</summary>
public interface ISelectionNode : IHasDirectives;

/// <summary>A value literal: scalars, enums, lists, objects and variables.</summary>
public interface IValueNode : ISyntaxNode;

/// <summary>A type reference: named, list or non-null.</summary>
public interface ITypeNode : ISyntaxNode;
