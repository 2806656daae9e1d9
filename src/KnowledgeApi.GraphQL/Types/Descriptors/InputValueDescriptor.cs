using KnowledgeApi.GraphQL.Types.Building;

namespace KnowledgeApi.GraphQL.Types.Descriptors;

/// <summary>Writes fluent configuration of arguments and input fields into an <see cref="InputValueDefinition"/>.</summary>
internal sealed class InputValueDescriptor(InputValueDefinition definition, SchemaBuildContext context)
    : IArgumentDescriptor, IInputFieldDescriptor
{
    public InputValueDefinition Definition { get; } = definition;

    public IInputFieldDescriptor Name(string name)
    {
        Definition.Name = name;
        return this;
    }

    public IArgumentDescriptor Description(string? description)
    {
        Definition.Description = description;
        return this;
    }

    public IArgumentDescriptor Type<TSchemaType>()
        where TSchemaType : class
    {
        Definition.Type = TypeRef.FromSchemaType(typeof(TSchemaType));
        return this;
    }

    public IArgumentDescriptor Type(string typeSyntax)
    {
        Definition.Type = context.ParseTypeSyntax(typeSyntax, Definition.Name);
        return this;
    }

    public IArgumentDescriptor Type(TypeSystemObject namedType, bool nonNull = false)
    {
        ArgumentNullException.ThrowIfNull(namedType);
        Definition.Type = nonNull ? new NonNullRef(new InstanceRef(namedType)) : new InstanceRef(namedType);
        return this;
    }

    public IArgumentDescriptor Type(string typeSyntax, TypeSystemObject namedType)
    {
        ArgumentNullException.ThrowIfNull(namedType);
        Definition.Type = context.ParseTypeSyntax(typeSyntax, Definition.Name).WithNamed(new InstanceRef(namedType));
        return this;
    }

    public IArgumentDescriptor Type(string typeSyntax, Type namedType)
    {
        ArgumentNullException.ThrowIfNull(namedType);
        Definition.Type = context.ParseTypeSyntax(typeSyntax, Definition.Name).WithNamed(TypeRef.FromSchemaType(namedType));
        return this;
    }

    public IArgumentDescriptor DefaultValue(object? value)
    {
        Definition.HasDefaultValue = true;
        Definition.DefaultValue = value;
        Definition.DefaultLiteral = null;
        return this;
    }

    public IArgumentDescriptor Deprecated(string? reason = null)
    {
        Definition.DeprecationReason = reason ?? DeprecationReasons.Default;
        return this;
    }

    public IInputFieldDescriptor Ignore(bool ignore = true)
    {
        Definition.Ignored = ignore;
        return this;
    }

    public IArgumentDescriptor Directive(IAppliedDirective directive)
    {
        context.ApplyDirective(Definition.Directives, directive);
        return this;
    }

    IInputFieldDescriptor IInputFieldDescriptor.Directive(IAppliedDirective directive) => (IInputFieldDescriptor)Directive(directive);

    IInputFieldDescriptor IInputFieldDescriptor.Description(string? description) => (IInputFieldDescriptor)Description(description);

    IInputFieldDescriptor IInputFieldDescriptor.Type<TSchemaType>() => (IInputFieldDescriptor)Type<TSchemaType>();

    IInputFieldDescriptor IInputFieldDescriptor.Type(string typeSyntax) => (IInputFieldDescriptor)Type(typeSyntax);

    IInputFieldDescriptor IInputFieldDescriptor.Type(string typeSyntax, TypeSystemObject namedType) => (IInputFieldDescriptor)Type(typeSyntax, namedType);

    IInputFieldDescriptor IInputFieldDescriptor.Type(string typeSyntax, Type namedType) => (IInputFieldDescriptor)Type(typeSyntax, namedType);

    IInputFieldDescriptor IInputFieldDescriptor.DefaultValue(object? value) => (IInputFieldDescriptor)DefaultValue(value);

    IInputFieldDescriptor IInputFieldDescriptor.Deprecated(string? reason) => (IInputFieldDescriptor)Deprecated(reason);
}
