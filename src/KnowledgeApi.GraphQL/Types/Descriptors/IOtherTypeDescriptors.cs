using System.Linq.Expressions;

namespace KnowledgeApi.GraphQL.Types;

/// <summary>Configures an input object bound to <typeparamref name="T"/>.</summary>
public interface IInputObjectTypeDescriptor<T>
{
    IInputObjectTypeDescriptor<T> Name(string name);

    IInputObjectTypeDescriptor<T> Description(string? description);

    IInputFieldDescriptor Field<TValue>(Expression<Func<T, TValue>> property);

    /// <summary>Adds a field that no property backs (a filter input's <c>and</c> or <c>eq</c>); set its type with <c>Type(...)</c>.</summary>
    IInputFieldDescriptor Field(string name);

    /// <summary>Makes it a <c>@oneOf</c> input: exactly one field must be given.</summary>
    IInputObjectTypeDescriptor<T> OneOf();

    IInputObjectTypeDescriptor<T> BindFieldsExplicitly();
}

/// <summary>Configures an enum type bound to the C# enum <typeparamref name="T"/>.</summary>
public interface IEnumTypeDescriptor<T>
    where T : struct, Enum
{
    IEnumTypeDescriptor<T> Name(string name);

    IEnumTypeDescriptor<T> Description(string? description);

    IEnumValueDescriptor Value(T value);
}

public interface IEnumValueDescriptor
{
    IEnumValueDescriptor Name(string name);

    IEnumValueDescriptor Description(string? description);

    IEnumValueDescriptor Deprecated(string? reason = null);

    IEnumValueDescriptor Ignore(bool ignore = true);
}

/// <summary>Configures a union type.</summary>
public interface IUnionTypeDescriptor
{
    IUnionTypeDescriptor Name(string name);

    IUnionTypeDescriptor Description(string? description);

    /// <summary>Adds a member object type.</summary>
    IUnionTypeDescriptor Type<TObjectType>()
        where TObjectType : ObjectType;
}

/// <summary>Configures a custom directive definition.</summary>
public interface IDirectiveTypeDescriptor
{
    IDirectiveTypeDescriptor Name(string name);

    IDirectiveTypeDescriptor Description(string? description);

    IDirectiveTypeDescriptor Location(DirectiveLocation location);

    IDirectiveTypeDescriptor Argument(string name, Action<IArgumentDescriptor> configure);

    IDirectiveTypeDescriptor Repeatable();
}
