using KnowledgeApi.GraphQL.Execution;

namespace KnowledgeApi.GraphQL.Types;

/// <summary>Configures one output field.</summary>
public interface IObjectFieldDescriptor
{
    IObjectFieldDescriptor Name(string name);

    IObjectFieldDescriptor Description(string? description);

    /// <summary>Sets the type from a schema type class: <c>Type&lt;NonNullType&lt;ListType&lt;StringType&gt;&gt;&gt;()</c>.</summary>
    IObjectFieldDescriptor Type<TSchemaType>()
        where TSchemaType : class;

    /// <summary>Sets the type from SDL syntax: <c>Type("[String!]!")</c>.</summary>
    IObjectFieldDescriptor Type(string typeSyntax);

    /// <summary>Sets the type to a type object created at build time (a connection type made by <c>[UsePaging]</c>).</summary>
    IObjectFieldDescriptor Type(TypeSystemObject namedType, bool nonNull = false);

    /// <summary>
    /// Sets the type to list and non-null wrappers around a type object created at build time
    /// (<c>new ListType(new NonNullType(edgeType))</c> for a connection's <c>edges</c>).
    /// </summary>
    IObjectFieldDescriptor Type(IType type);

    /// <summary>Adds or reconfigures an argument.</summary>
    IObjectFieldDescriptor Argument(string name, Action<IArgumentDescriptor> configure);

    IObjectFieldDescriptor Deprecated(string? reason = null);

    /// <summary>Leaves the field out of the schema.</summary>
    IObjectFieldDescriptor Ignore(bool ignore = true);

    IObjectFieldDescriptor Resolve(FieldResolverDelegate resolver);

    /// <summary>A synchronous resolver; when no type was set, it is inferred from <typeparamref name="TResult"/>.</summary>
    IObjectFieldDescriptor Resolve<TResult>(Func<IResolverContext, TResult> resolver);

    /// <summary>Appends middleware; middleware added first runs outermost.</summary>
    IObjectFieldDescriptor Use(FieldMiddleware middleware);

    /// <summary>Applies a directive to the field (<c>@cost</c>, <c>@listSize</c>); the schema gains its definition.</summary>
    IObjectFieldDescriptor Directive(IAppliedDirective directive);
}

/// <summary>Configures an argument of a field or directive.</summary>
public interface IArgumentDescriptor
{
    IArgumentDescriptor Description(string? description);

    IArgumentDescriptor Type<TSchemaType>()
        where TSchemaType : class;

    IArgumentDescriptor Type(string typeSyntax);

    /// <summary>Sets the type to a type object created at build time (a filter input made by <c>[UseFiltering]</c>).</summary>
    IArgumentDescriptor Type(TypeSystemObject namedType, bool nonNull = false);

    /// <summary>
    /// SDL wrappers around a named type given separately: <c>Type("[X!]", sortInput)</c> is a list of
    /// non-null <c>sortInput</c> (the name in the syntax is only a placeholder).
    /// </summary>
    IArgumentDescriptor Type(string typeSyntax, TypeSystemObject namedType);

    /// <summary>SDL wrappers around a CLR type or schema type class: <c>Type("[X!]", typeof(Genre))</c>.</summary>
    IArgumentDescriptor Type(string typeSyntax, Type namedType);

    /// <summary>A CLR value, printed as a literal of the argument's type.</summary>
    IArgumentDescriptor DefaultValue(object? value);

    IArgumentDescriptor Deprecated(string? reason = null);

    /// <summary>Applies a directive to the argument (<c>@cost</c>); the schema gains its definition.</summary>
    IArgumentDescriptor Directive(IAppliedDirective directive);
}

/// <summary>Configures a field of an input object.</summary>
public interface IInputFieldDescriptor
{
    IInputFieldDescriptor Name(string name);

    IInputFieldDescriptor Description(string? description);

    IInputFieldDescriptor Type<TSchemaType>()
        where TSchemaType : class;

    IInputFieldDescriptor Type(string typeSyntax);

    /// <inheritdoc cref="IArgumentDescriptor.Type(string, TypeSystemObject)"/>
    IInputFieldDescriptor Type(string typeSyntax, TypeSystemObject namedType);

    /// <inheritdoc cref="IArgumentDescriptor.Type(string, System.Type)"/>
    IInputFieldDescriptor Type(string typeSyntax, Type namedType);

    IInputFieldDescriptor DefaultValue(object? value);

    IInputFieldDescriptor Deprecated(string? reason = null);

    IInputFieldDescriptor Ignore(bool ignore = true);

    /// <summary>Applies a directive to the input field (<c>@cost</c>); the schema gains its definition.</summary>
    IInputFieldDescriptor Directive(IAppliedDirective directive);
}
