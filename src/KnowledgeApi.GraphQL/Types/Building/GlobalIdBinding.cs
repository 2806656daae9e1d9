using System.Collections;
using System.Reflection;
using KnowledgeApi.GraphQL.Execution;

namespace KnowledgeApi.GraphQL.Types.Building;

/// <summary>
/// Applies <see cref="IDAttribute"/> when the schema serializes global IDs: output values are wrapped
/// into global IDs after the resolver ran, argument values are unwrapped before the resolver reads them.
/// </summary>
internal static class GlobalIdBinding
{
    /// <summary>The resolver pair with its result turned into global IDs of <paramref name="declaringTypeName"/> (or the attribute's type).</summary>
    public static (FieldResolverDelegate? Resolver, PureFieldDelegate? PureResolver) WrapOutput(
        MemberInfo member,
        string declaringTypeName,
        FieldResolverDelegate? resolver,
        PureFieldDelegate? pureResolver,
        IGlobalIdSerializer serializer)
    {
        if (member.GetCustomAttribute<IDAttribute>(inherit: true) is not { } id)
        {
            return (resolver, pureResolver);
        }

        var typeName = id.TypeName ?? declaringTypeName;
        if (pureResolver is not null)
        {
            return (null, ctx => Format(pureResolver(ctx), typeName, serializer));
        }

        return resolver is null
            ? (null, null)
            : (async ctx => Format(await resolver(ctx).ConfigureAwait(false), typeName, serializer), null);
    }

    /// <summary>The parser an <c>[ID]</c> argument's coerced value goes through; null when it has no <c>[ID]</c>.</summary>
    public static Func<object?, object?>? ArgumentParser(ICustomAttributeProvider? member, Type? runtimeType, IGlobalIdSerializer serializer)
    {
        if (member is null || member.GetCustomAttributes(typeof(IDAttribute), true).FirstOrDefault() is not IDAttribute id)
        {
            return null;
        }

        var element = ElementType(runtimeType ?? typeof(string));
        return value => Parse(value, id.TypeName, element, serializer);
    }

    private static object? Format(object? value, string typeName, IGlobalIdSerializer serializer) => value switch
    {
        null => null,
        string => serializer.Format(typeName, value), // one ID, though a string is also a sequence
        IEnumerable items => items.Cast<object?>().Select(item => Format(item, typeName, serializer)).ToList(),
        _ => serializer.Format(typeName, value),
    };

    private static object? Parse(object? value, string? typeName, Type element, IGlobalIdSerializer serializer) => value switch
    {
        null => null,
        string text => serializer.Parse(text, typeName, element),
        IEnumerable items => items.Cast<object?>().Select(item => Parse(item, typeName, element, serializer)).ToList(),
        _ => value,
    };

    private static Type ElementType(Type type)
    {
        if (type != typeof(string) && type.IsArray)
        {
            return ElementType(type.GetElementType()!);
        }

        if (type != typeof(string) && type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type))
        {
            return ElementType(type.GetGenericArguments()[0]);
        }

        return Nullable.GetUnderlyingType(type) ?? type;
    }
}
