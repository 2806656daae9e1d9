using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Types.Building;

namespace KnowledgeApi.GraphQL.Types.Descriptors;

/// <summary>Writes fluent field configuration into an <see cref="OutputFieldDefinition"/>.</summary>
internal sealed class ObjectFieldDescriptor(OutputFieldDefinition definition, SchemaBuildContext context) : IObjectFieldDescriptor
{
    public OutputFieldDefinition Definition { get; } = definition;

    public IObjectFieldDescriptor Name(string name)
    {
        Definition.Name = name;
        return this;
    }

    public IObjectFieldDescriptor Description(string? description)
    {
        Definition.Description = description;
        return this;
    }

    public IObjectFieldDescriptor Type<TSchemaType>()
        where TSchemaType : class
    {
        Definition.Type = TypeRef.FromSchemaType(typeof(TSchemaType));
        return this;
    }

    public IObjectFieldDescriptor Type(string typeSyntax)
    {
        Definition.Type = context.ParseTypeSyntax(typeSyntax, Definition.Name);
        return this;
    }

    public IObjectFieldDescriptor Type(TypeSystemObject namedType, bool nonNull = false)
    {
        ArgumentNullException.ThrowIfNull(namedType);
        Definition.Type = nonNull ? new NonNullRef(new InstanceRef(namedType)) : new InstanceRef(namedType);
        return this;
    }

    public IObjectFieldDescriptor Type(IType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        Definition.Type = ToReference(type);
        return this;
    }

    public IObjectFieldDescriptor Argument(string name, Action<IArgumentDescriptor> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var argument = Definition.Arguments.Find(a => a.Name == name);
        if (argument is null)
        {
            argument = new InputValueDefinition { Name = name, Order = Definition.Arguments.Count };
            Definition.Arguments.Add(argument);
        }

        configure(new InputValueDescriptor(argument, context));
        return this;
    }

    public IObjectFieldDescriptor Deprecated(string? reason = null)
    {
        Definition.DeprecationReason = reason ?? DeprecationReasons.Default;
        return this;
    }

    public IObjectFieldDescriptor Ignore(bool ignore = true)
    {
        Definition.Ignored = ignore;
        return this;
    }

    public IObjectFieldDescriptor Resolve(FieldResolverDelegate resolver)
    {
        Definition.Resolver = resolver;
        Definition.PureResolver = null;
        return this;
    }

    public IObjectFieldDescriptor Resolve<TResult>(Func<IResolverContext, TResult> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        Definition.PureResolver = ctx => resolver(ctx);
        Definition.Resolver = null;
        Definition.Type ??= ClrTypeInspector.FromClrType(typeof(TResult));
        return this;
    }

    private static TypeRef ToReference(IType type) => type switch
    {
        NonNullType nonNull => TypeRef.NonNull(ToReference(nonNull.InnerType)),
        ListType list => new ListRef(ToReference(list.ElementType)),
        TypeSystemObject named => new InstanceRef(named),
        _ => throw new ArgumentException($"The type {type} is neither a wrapper nor a type object.", nameof(type)),
    };

    public IObjectFieldDescriptor Use(FieldMiddleware middleware)
    {
        ArgumentNullException.ThrowIfNull(middleware);
        Definition.Middleware.Add(middleware);
        return this;
    }

    public IObjectFieldDescriptor Directive(IAppliedDirective directive)
    {
        context.ApplyDirective(Definition.Directives, directive);
        return this;
    }
}

/// <summary>The deprecation reason graphql-js prints as a bare <c>@deprecated</c>.</summary>
internal static class DeprecationReasons
{
    public const string Default = "No longer supported";
}
