using KnowledgeApi.GraphQL.Types.Building;
using KnowledgeApi.GraphQL.Types.Descriptors;

namespace KnowledgeApi.GraphQL.Types;

/// <summary>
/// An interface type. <see cref="InterfaceType{T}"/> binds it to a C# interface or base class:
/// object types whose CLR class implements it implement the GraphQL interface.
/// </summary>
public class InterfaceType : TypeSystemObject, IComplexOutputType, IAbstractType
{
    private readonly Action<IInterfaceTypeDescriptor>? configure;
    private ComplexTypeDefinition? definition;
    private IReadOnlyList<ObjectType> possibleTypes = [];

    public InterfaceType()
    {
    }

    public InterfaceType(Action<IInterfaceTypeDescriptor> configure) => this.configure = configure;

    public sealed override TypeKind Kind => TypeKind.Interface;

    public FieldCollection<OutputField> Fields { get; private set; } = new FieldCollection<OutputField>([]);

    public IReadOnlyList<InterfaceType> Interfaces { get; private set; } = [];

    /// <summary>The object types that implement this interface, directly or through another interface.</summary>
    public IReadOnlyList<ObjectType> PossibleTypes => possibleTypes;

    public ObjectType? ResolveConcreteType(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return possibleTypes.FirstOrDefault(t => t.RuntimeType == value.GetType())
            ?? possibleTypes.FirstOrDefault(t => t.IsInstanceOfType(value));
    }

    protected virtual void Configure(IInterfaceTypeDescriptor descriptor) => configure?.Invoke(descriptor);

    private protected virtual ComplexTypeDescriptor CreateDescriptor(SchemaBuildContext context) =>
        new(context, new ComplexTypeDefinition { Name = Naming.SchemaClassName(GetType()) }, isInterface: true);

    private protected virtual void ApplyConfigure(ComplexTypeDescriptor descriptor) => Configure(descriptor);

    internal void SetPossibleTypes(IReadOnlyList<ObjectType> types) => possibleTypes = types;

    internal sealed override void Initialize(SchemaBuildContext context)
    {
        var descriptor = CreateDescriptor(context);
        ApplyConfigure(descriptor);
        descriptor.InferRemainingFields();
        definition = descriptor.Definition;
        Name = definition.Name;
        Description = definition.Description;
        FieldCompletion.DiscoverFields(definition, context);
    }

    internal sealed override void Complete(SchemaBuildContext context)
    {
        Fields = FieldCompletion.CompleteOutputFields(this, definition!, context, needsResolvers: false);
        Interfaces = FieldCompletion.CompleteInterfaces(this, definition!, context);
        definition = null;
    }
}

/// <summary>An interface type bound to the C# interface or class <typeparamref name="T"/>.</summary>
public class InterfaceType<T> : InterfaceType
{
    private readonly Action<IInterfaceTypeDescriptor<T>>? configure;

    public InterfaceType() => RuntimeType = typeof(T);

    public InterfaceType(Action<IInterfaceTypeDescriptor<T>> configure)
        : this() => this.configure = configure;

    protected virtual void Configure(IInterfaceTypeDescriptor<T> descriptor) => configure?.Invoke(descriptor);

    protected sealed override void Configure(IInterfaceTypeDescriptor descriptor)
    {
    }

    private protected override ComplexTypeDescriptor CreateDescriptor(SchemaBuildContext context) =>
        new ComplexTypeDescriptor<T>(
            context,
            new ComplexTypeDefinition
            {
                Name = Naming.TypeName(typeof(T), TypeKind.Interface),
                Description = context.Describe(typeof(T)),
                RuntimeType = typeof(T),
            },
            isInterface: true);

    private protected override void ApplyConfigure(ComplexTypeDescriptor descriptor) => Configure((ComplexTypeDescriptor<T>)descriptor);
}
