using System.Reflection;

namespace KnowledgeApi.GraphQL.Types.Building;

/// <summary>
/// Turns a member's CLR type into a GraphQL type reference: tasks are unwrapped, sequences become
/// lists, and nullability comes from <c>Nullable&lt;T&gt;</c> and the C# nullable annotations read
/// with <see cref="NullabilityInfoContext"/> (so <c>string?</c> is nullable and <c>string</c> is not).
/// </summary>
internal sealed class ClrTypeInspector
{
    private readonly NullabilityInfoContext nullability = new();

    public TypeRef FromProperty(PropertyInfo property, bool input)
    {
        var info = nullability.Create(property);
        return Build(property.PropertyType, info, input);
    }

    public TypeRef FromReturn(MethodInfo method) => Build(method.ReturnType, nullability.Create(method.ReturnParameter), false);

    public TypeRef FromParameter(ParameterInfo parameter) => Build(parameter.ParameterType, nullability.Create(parameter), true);

    /// <summary>A type with no annotations to read (a generic <c>Resolve&lt;T&gt;</c>): value types are non-null, the rest nullable.</summary>
    public static TypeRef FromClrType(Type type) => Build(type, null, false);

    /// <summary>The result type of a member once <c>Task&lt;T&gt;</c>/<c>ValueTask&lt;T&gt;</c> are unwrapped.</summary>
    public static Type UnwrapTask(Type type) =>
        type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>))
            ? type.GetGenericArguments()[0]
            : type;

    /// <summary>The element type when <paramref name="type"/> is a sequence GraphQL treats as a list (not <c>string</c>).</summary>
    public static Type? ElementType(Type type)
    {
        if (type == typeof(string))
        {
            return null;
        }

        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            return type.GetGenericArguments()[0];
        }

        var enumerable = type.GetInterfaces()
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable?.GetGenericArguments()[0];
    }

    private static TypeRef Build(Type type, NullabilityInfo? info, bool input)
    {
        var unwrapped = UnwrapTask(type);
        if (unwrapped != type)
        {
            return Build(unwrapped, info?.GenericTypeArguments.ElementAtOrDefault(0), input);
        }

        var nullable = Nullable.GetUnderlyingType(type);
        bool isNullable;
        if (nullable is not null)
        {
            type = nullable;
            isNullable = true;
        }
        else if (type.IsValueType)
        {
            isNullable = false;
        }
        else
        {
            var state = info is null ? NullabilityState.Unknown : input ? info.WriteState : info.ReadState;
            if (input && state == NullabilityState.Unknown && info is not null)
            {
                state = info.ReadState;
            }

            // Code without annotations (oblivious) cannot promise non-null, so it stays nullable.
            isNullable = state != NullabilityState.NotNull;
        }

        TypeRef inner;
        if (ElementType(type) is { } element && !IsDictionary(type))
        {
            inner = new ListRef(Build(element, ElementInfo(type, element, info), input));
        }
        else
        {
            inner = new ClrTypeRef(type);
        }

        return isNullable ? inner : new NonNullRef(inner);
    }

    private static bool IsDictionary(Type type) =>
        type.GetInterfaces().Append(type).Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDictionary<,>));

    private static NullabilityInfo? ElementInfo(Type type, Type element, NullabilityInfo? info)
    {
        if (info is null)
        {
            return null;
        }

        if (type.IsArray)
        {
            return info.ElementType;
        }

        // The annotation of List<string?> sits on the generic argument that is the element type.
        var arguments = type.IsGenericType ? type.GetGenericArguments() : [];
        var index = Array.IndexOf(arguments, element);
        return index >= 0 ? info.GenericTypeArguments.ElementAtOrDefault(index) : null;
    }
}
