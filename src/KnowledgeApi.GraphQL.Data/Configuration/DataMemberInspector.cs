using System.Reflection;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Data;

/// <summary>
/// What the data attributes need to know about CLR members: the element type a resolver returns,
/// which properties of an entity become input fields, and their GraphQL names (the same rules the
/// type system uses for output fields, so <c>where</c> and the object type agree).
/// </summary>
public static class DataMemberInspector
{
    /// <summary>
    /// The <c>T</c> of a resolver returning <c>IQueryable&lt;T&gt;</c>, <c>IEnumerable&lt;T&gt;</c>
    /// (or a task of one); null when the member returns no sequence.
    /// </summary>
    public static Type? ElementType(MemberInfo member)
    {
        var type = member switch
        {
            PropertyInfo property => property.PropertyType,
            MethodInfo method => method.ReturnType,
            FieldInfo field => field.FieldType,
            _ => null,
        };
        if (type is { IsGenericType: true } && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>)))
        {
            type = type.GetGenericArguments()[0];
        }

        return type is null ? null : SequenceElementType(type);
    }

    /// <summary>The element type of a sequence type other than <see cref="string"/>; null for anything else.</summary>
    public static Type? SequenceElementType(Type type)
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

        return type.GetInterfaces()
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            ?.GetGenericArguments()[0];
    }

    /// <summary>Public readable instance properties not marked <c>[GraphQLIgnore]</c>, in declaration order (base class last).</summary>
    public static IEnumerable<PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.GetMethod!.IsPublic)
            .Where(p => !p.IsDefined(typeof(GraphQLIgnoreAttribute), inherit: true))
            .OrderBy(p => Depth(type, p.DeclaringType))
            .ThenBy(p => p.MetadataToken);

    /// <summary><c>[GraphQLName]</c>, else the camel-cased property name (<c>PublishedAt</c> → <c>publishedAt</c>, <c>ID</c> → <c>id</c>).</summary>
    public static string FieldName(PropertyInfo property)
    {
        ArgumentNullException.ThrowIfNull(property);
        return property.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? ToCamelCase(property.Name);
    }

    /// <summary>The GraphQL name of an entity or enum: <c>[GraphQLName]</c>, else the CLR name (generic arguments appended with <c>Of</c>).</summary>
    public static string TypeName(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type.GetCustomAttribute<GraphQLNameAttribute>() is { } attribute)
        {
            return attribute.Name;
        }

        if (!type.IsGenericType)
        {
            return type.Name;
        }

        return type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] + "Of" + string.Concat(type.GetGenericArguments().Select(TypeName));
    }

    private static string ToCamelCase(string name)
    {
        if (name.Length == 0 || char.IsLower(name[0]))
        {
            return name;
        }

        var upperRun = 0;
        while (upperRun < name.Length && char.IsUpper(name[upperRun]))
        {
            upperRun++;
        }

        // As the type system does: in "URLValue" the V starts the next word, so only "URL" is lowered.
        var lowered = upperRun == name.Length || upperRun == 1 ? upperRun : upperRun - 1;
        return name[..lowered].ToLowerInvariant() + name[lowered..];
    }

    private static int Depth(Type type, Type? declaring)
    {
        var depth = 0;
        for (var current = type; current is not null && current != declaring; current = current.BaseType)
        {
            depth++;
        }

        return depth;
    }
}
