using KnowledgeApi.GraphQL.Types.Building;
using KnowledgeApi.GraphQL.Types.Descriptors;

namespace KnowledgeApi.GraphQL.Types;

/// <summary>
/// A union type. Subclass it and list members with <c>d.Type&lt;ArticleType&gt;()</c>, or use
/// <see cref="UnionType{T}"/> (or <c>[UnionType]</c>) with a C# marker interface or base class:
/// the members are then the schema's object types whose CLR class derives from it.
/// </summary>
public class UnionType : TypeSystemObject, IAbstractType
{
    private readonly Action<IUnionTypeDescriptor>? configure;
    private UnionTypeDefinition? definition;

    public UnionType()
    {
    }

    public UnionType(Action<IUnionTypeDescriptor> configure) => this.configure = configure;

    public sealed override TypeKind Kind => TypeKind.Union;

    public IReadOnlyList<ObjectType> Types { get; private set; } = [];

    public ObjectType? ResolveConcreteType(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Types.FirstOrDefault(t => t.RuntimeType == value.GetType()) ?? Types.FirstOrDefault(t => t.IsInstanceOfType(value));
    }

    protected virtual void Configure(IUnionTypeDescriptor descriptor) => configure?.Invoke(descriptor);

    private protected virtual UnionTypeDefinition CreateDefinition(SchemaBuildContext context) =>
        new() { Name = Naming.SchemaClassName(GetType()) };

    internal sealed override void Initialize(SchemaBuildContext context)
    {
        definition = CreateDefinition(context);
        Configure(new Descriptor(definition));
        Name = definition.Name;
        Description = definition.Description;
        foreach (var member in definition.Types)
        {
            context.Discover(member, input: false, Name);
        }
    }

    internal sealed override void Complete(SchemaBuildContext context)
    {
        var members = new List<ObjectType>();
        foreach (var reference in definition!.Types)
        {
            switch (context.Resolve(reference, input: false, Name))
            {
                case ObjectType objectType when !members.Contains(objectType):
                    members.Add(objectType);
                    break;
                case ObjectType objectType:
                    context.ReportError($"The union {Name} lists the member {objectType.Name} more than once.", Name);
                    break;
                case INamedType other:
                    context.ReportError($"The union {Name} can only have object types as members, but {other.Name} is not an object type.", Name);
                    break;
            }
        }

        if (RuntimeType is { } marker)
        {
            members.AddRange(context.Registry.Types.OfType<ObjectType>()
                .Where(t => t.RuntimeType is { } runtime && runtime != marker && marker.IsAssignableFrom(runtime) && !members.Contains(t)));
        }

        Types = members;
        definition = null;
    }

    private sealed class Descriptor(UnionTypeDefinition definition) : IUnionTypeDescriptor
    {
        public IUnionTypeDescriptor Name(string name)
        {
            definition.Name = name;
            return this;
        }

        public IUnionTypeDescriptor Description(string? description)
        {
            definition.Description = description;
            return this;
        }

        public IUnionTypeDescriptor Type<TObjectType>()
            where TObjectType : ObjectType
        {
            definition.Types.Add(new SchemaTypeRef(typeof(TObjectType)));
            return this;
        }
    }
}

/// <summary>A union whose members are the object types deriving from the marker type <typeparamref name="T"/>.</summary>
public class UnionType<T> : UnionType
{
    public UnionType() => RuntimeType = typeof(T);

    public UnionType(Action<IUnionTypeDescriptor> configure)
        : base(configure) => RuntimeType = typeof(T);

    private protected override UnionTypeDefinition CreateDefinition(SchemaBuildContext context) =>
        new() { Name = Naming.TypeName(typeof(T), TypeKind.Union), Description = context.Describe(typeof(T)), RuntimeType = typeof(T) };
}
