using KnowledgeApi.GraphQL.Types.Building;
using KnowledgeApi.GraphQL.Types.Descriptors;

namespace KnowledgeApi.GraphQL.Types;

/// <summary>
/// An object type. Subclass it and override <see cref="Configure(IObjectTypeDescriptor)"/>, or
/// pass a configuration delegate; <see cref="ObjectType{T}"/> binds it to a CLR class.
/// </summary>
public class ObjectType : TypeSystemObject, IComplexOutputType
{
    private readonly Action<IObjectTypeDescriptor>? configure;
    private ComplexTypeDefinition? definition;

    public ObjectType()
    {
    }

    public ObjectType(Action<IObjectTypeDescriptor> configure) => this.configure = configure;

    public sealed override TypeKind Kind => TypeKind.Object;

    public FieldCollection<OutputField> Fields { get; private set; } = new FieldCollection<OutputField>([]);

    public IReadOnlyList<InterfaceType> Interfaces { get; private set; } = [];

    /// <summary>Whether a resolved value belongs to this type (its CLR type is the bound class or derives from it).</summary>
    public bool IsInstanceOfType(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return RuntimeType is not null && RuntimeType != typeof(object) && RuntimeType.IsInstanceOfType(value);
    }

    /// <summary>Set when a plain class is a root type: the type takes the operation's name.</summary>
    internal string? RootName { get; set; }

    /// <summary>The definition between initialization and completion, for conventions that reshape fields (null otherwise).</summary>
    internal ComplexTypeDefinition? Definition => definition;

    protected virtual void Configure(IObjectTypeDescriptor descriptor) => configure?.Invoke(descriptor);

    private protected virtual ComplexTypeDescriptor CreateDescriptor(SchemaBuildContext context) =>
        new(context, new ComplexTypeDefinition { Name = Naming.SchemaClassName(GetType()) }, isInterface: false);

    private protected virtual void ApplyConfigure(ComplexTypeDescriptor descriptor) => Configure(descriptor);

    internal sealed override void Initialize(SchemaBuildContext context)
    {
        var descriptor = CreateDescriptor(context);
        ApplyConfigure(descriptor);
        if (RootName is not null)
        {
            descriptor.Definition.Name = RootName;
        }

        descriptor.InferRemainingFields();
        definition = descriptor.Definition;
        Name = definition.Name;
        Description = definition.Description;
        Directives = [.. definition.Directives];
        FieldCompletion.DiscoverFields(definition, context);
    }

    internal sealed override void Complete(SchemaBuildContext context)
    {
        Fields = FieldCompletion.CompleteOutputFields(this, definition!, context, needsResolvers: true);
        Interfaces = FieldCompletion.CompleteInterfaces(this, definition!, context);
        definition = null;
    }
}

/// <summary>An object type bound to the CLR class <typeparamref name="T"/>: its properties and methods become fields.</summary>
public class ObjectType<T> : ObjectType
{
    private readonly Action<IObjectTypeDescriptor<T>>? configure;

    public ObjectType() => RuntimeType = typeof(T);

    public ObjectType(Action<IObjectTypeDescriptor<T>> configure)
        : this() => this.configure = configure;

    protected virtual void Configure(IObjectTypeDescriptor<T> descriptor) => configure?.Invoke(descriptor);

    protected sealed override void Configure(IObjectTypeDescriptor descriptor)
    {
    }

    private protected override ComplexTypeDescriptor CreateDescriptor(SchemaBuildContext context) =>
        new ComplexTypeDescriptor<T>(
            context,
            new ComplexTypeDefinition
            {
                Name = Naming.TypeName(typeof(T), TypeKind.Object),
                Description = context.Describe(typeof(T)),
                RuntimeType = typeof(T),
            },
            isInterface: false);

    private protected override void ApplyConfigure(ComplexTypeDescriptor descriptor) => Configure((ComplexTypeDescriptor<T>)descriptor);
}
