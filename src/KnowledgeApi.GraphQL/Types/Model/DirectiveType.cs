using KnowledgeApi.GraphQL.Types.Building;
using KnowledgeApi.GraphQL.Types.Descriptors;

namespace KnowledgeApi.GraphQL.Types;

/// <summary>
/// A directive definition (<c>directive @name(args) on LOCATIONS</c>). Subclass it and override
/// <see cref="Configure"/>, or pass a configuration delegate.
/// </summary>
public class DirectiveType : IHasName
{
    private readonly Action<IDirectiveTypeDescriptor>? configure;
    private DirectiveTypeDefinition? definition;

    public DirectiveType()
    {
    }

    public DirectiveType(Action<IDirectiveTypeDescriptor> configure) => this.configure = configure;

    public string Name { get; private set; } = string.Empty;

    public string? Description { get; private set; }

    public IReadOnlyList<DirectiveLocation> Locations { get; private set; } = [];

    public FieldCollection<InputValue> Arguments { get; private set; } = new FieldCollection<InputValue>([]);

    public bool IsRepeatable { get; private set; }

    /// <summary>True for the directives the specification defines (<c>@skip</c>, <c>@include</c>, <c>@deprecated</c>, <c>@specifiedBy</c>, <c>@oneOf</c>).</summary>
    public bool IsSpecified { get; internal set; }

    public override string ToString() => "@" + Name;

    protected virtual void Configure(IDirectiveTypeDescriptor descriptor) => configure?.Invoke(descriptor);

    internal void Initialize(SchemaBuildContext context)
    {
        definition = new DirectiveTypeDefinition { Name = Naming.ToCamelCase(Naming.SchemaClassName(GetType()).Replace("Directive", string.Empty, StringComparison.Ordinal)) };
        Configure(new Descriptor(definition, context));
        Name = definition.Name;
        Description = definition.Description;
        IsRepeatable = definition.IsRepeatable;
        Locations = [.. definition.Locations.Distinct().Order()];
        FieldCompletion.DiscoverInputValues(definition.Arguments, context, argument => $"@{Name}({argument}:)");
    }

    internal void Complete(SchemaBuildContext context)
    {
        Arguments = FieldCompletion.CompleteInputValues(definition!.Arguments, context, argument => $"@{Name}({argument}:)");
        definition = null;
    }

    private sealed class Descriptor(DirectiveTypeDefinition definition, SchemaBuildContext context) : IDirectiveTypeDescriptor
    {
        public IDirectiveTypeDescriptor Name(string name)
        {
            definition.Name = name;
            return this;
        }

        public IDirectiveTypeDescriptor Description(string? description)
        {
            definition.Description = description;
            return this;
        }

        public IDirectiveTypeDescriptor Location(DirectiveLocation location)
        {
            definition.Locations.Add(location);
            return this;
        }

        public IDirectiveTypeDescriptor Argument(string name, Action<IArgumentDescriptor> configure)
        {
            ArgumentNullException.ThrowIfNull(configure);
            var argument = definition.Arguments.Find(a => a.Name == name);
            if (argument is null)
            {
                argument = new InputValueDefinition { Name = name, Order = definition.Arguments.Count };
                definition.Arguments.Add(argument);
            }

            configure(new InputValueDescriptor(argument, context));
            return this;
        }

        public IDirectiveTypeDescriptor Repeatable()
        {
            definition.IsRepeatable = true;
            return this;
        }
    }
}
