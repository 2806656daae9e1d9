using System.Linq.Expressions;

namespace KnowledgeApi.GraphQL.Types;

/// <summary>Configures an object type in <c>ObjectType.Configure</c>.</summary>
public interface IObjectTypeDescriptor
{
    IObjectTypeDescriptor Name(string name);

    IObjectTypeDescriptor Description(string? description);

    /// <summary>Declares that the type implements an interface type class.</summary>
    IObjectTypeDescriptor Implements<TInterface>()
        where TInterface : InterfaceType;

    /// <summary>The field with this GraphQL name: an inferred one, or a new one (give it a resolver and a type).</summary>
    IObjectFieldDescriptor Field(string name);

    /// <summary>Only fields named in <c>Configure</c> become part of the type; members are not inferred.</summary>
    IObjectTypeDescriptor BindFieldsExplicitly();

    /// <summary>Applies a directive to the type (<c>type Expensive @cost(weight: "5")</c>); the schema gains its definition.</summary>
    IObjectTypeDescriptor Directive(IAppliedDirective directive);
}

/// <summary>Configures an object type bound to the CLR type <typeparamref name="T"/>.</summary>
public interface IObjectTypeDescriptor<T> : IObjectTypeDescriptor
{
    /// <summary>The field inferred from a property or method of <typeparamref name="T"/> (<c>d.Field(x => x.Title)</c>).</summary>
    IObjectFieldDescriptor Field<TValue>(Expression<Func<T, TValue>> member);
}

/// <summary>Configures an interface type in <c>InterfaceType.Configure</c>; its fields use the object field descriptor.</summary>
public interface IInterfaceTypeDescriptor
{
    IInterfaceTypeDescriptor Name(string name);

    IInterfaceTypeDescriptor Description(string? description);

    IInterfaceTypeDescriptor Implements<TInterface>()
        where TInterface : InterfaceType;

    IObjectFieldDescriptor Field(string name);

    IInterfaceTypeDescriptor BindFieldsExplicitly();
}

/// <summary>Configures an interface type bound to the CLR type <typeparamref name="T"/>.</summary>
public interface IInterfaceTypeDescriptor<T> : IInterfaceTypeDescriptor
{
    IObjectFieldDescriptor Field<TValue>(Expression<Func<T, TValue>> member);
}
