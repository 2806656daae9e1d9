namespace KnowledgeApi.GraphQL.Types;

/// <summary>
/// The base of every named type. A type object is created before the schema exists, filled by
/// its descriptor (<see cref="Initialize"/>), then wired to the other types (<see cref="Complete"/>);
/// after <c>SchemaBuilder.Create()</c> it no longer changes. The two-phase life is why the
/// concrete type classes are not sealed: applications subclass them to configure a type.
/// </summary>
public abstract class TypeSystemObject : INamedType
{
    private protected TypeSystemObject()
    {
    }

    public string Name { get; private protected set; } = string.Empty;

    public string? Description { get; private protected set; }

    public abstract TypeKind Kind { get; }

    /// <summary>The CLR type bound to this GraphQL type (the class of an object type, the enum of an enum type...), if any.</summary>
    public Type? RuntimeType { get; private protected set; }

    /// <summary>True for the <c>__</c> types that only introspection may define.</summary>
    public bool IsIntrospectionType { get; internal set; }

    /// <summary>The directives applied to the type itself (<c>type Expensive @cost(weight: "5")</c>), from its class's attributes.</summary>
    public IReadOnlyList<IAppliedDirective> Directives { get; internal set; } = [];

    /// <summary>Runs the descriptor and reports every type the definition refers to.</summary>
    internal abstract void Initialize(Building.SchemaBuildContext context);

    /// <summary>Resolves the references gathered by <see cref="Initialize"/> into the final fields, values and members.</summary>
    internal abstract void Complete(Building.SchemaBuildContext context);

    public override string ToString() => Name;
}
