using System.Reflection;
using System.Text;

namespace KnowledgeApi.GraphQL.Types.Building;

/// <summary>Hot Chocolate's naming conventions: how CLR names become GraphQL names.</summary>
internal static class Naming
{
    /// <summary><c>Title</c> → <c>title</c>, <c>URLValue</c> → <c>urlValue</c>, <c>ID</c> → <c>id</c>.</summary>
    public static string ToCamelCase(string name)
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

        // In "URLValue" the V starts the next word, so only "URL" is lowered.
        var lowered = upperRun == name.Length || upperRun == 1 ? upperRun : upperRun - 1;
        return name[..lowered].ToLowerInvariant() + name[lowered..];
    }

    /// <summary><c>FooBar</c> → <c>FOO_BAR</c>, <c>HTTPServer</c> → <c>HTTP_SERVER</c>.</summary>
    public static string ToUpperSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && name[i - 1] != '_')
            {
                var previous = name[i - 1];
                var nextIsLower = i + 1 < name.Length && char.IsLower(name[i + 1]);
                if (char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && nextIsLower))
                {
                    builder.Append('_');
                }
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>A field name from a property or method: <c>GetArticlesAsync</c> → <c>articles</c>.</summary>
    public static string FieldName(MemberInfo member)
    {
        if (member.GetCustomAttribute<GraphQLNameAttribute>() is { } attribute)
        {
            return attribute.Name;
        }

        var name = member.Name;
        if (member is MethodInfo)
        {
            if (name.Length > 3 && name.StartsWith("Get", StringComparison.Ordinal) && char.IsUpper(name[3]))
            {
                name = name[3..];
            }

            if (name.Length > 5 && name.EndsWith("Async", StringComparison.Ordinal))
            {
                name = name[..^5];
            }
        }

        return ToCamelCase(name);
    }

    public static string ArgumentName(ParameterInfo parameter) =>
        parameter.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? ToCamelCase(parameter.Name ?? "arg" + parameter.Position);

    /// <summary>
    /// A type name from a CLR type: its own name, generic arguments appended with <c>Of</c>, the
    /// <c>I</c> of C# interface names dropped, and <c>Input</c> appended for input objects.
    /// </summary>
    public static string TypeName(Type type, TypeKind kind)
    {
        var name = type.GetCustomAttribute<GraphQLNameAttribute>()?.Name
            ?? type.GetCustomAttribute<UnionTypeAttribute>()?.Name
            ?? type.GetCustomAttribute<InterfaceTypeAttribute>()?.Name;
        if (name is not null)
        {
            return name;
        }

        name = ClrName(type);
        if (type.IsInterface && name.Length > 1 && name[0] == 'I' && char.IsUpper(name[1]))
        {
            name = name[1..];
        }

        if (kind == TypeKind.InputObject && !name.EndsWith("Input", StringComparison.Ordinal))
        {
            name += "Input";
        }

        return name;
    }

    /// <summary>A schema type class without a configured name: <c>ArticleType</c> → <c>Article</c>.</summary>
    public static string SchemaClassName(Type schemaClass)
    {
        var name = ClrName(schemaClass);
        return name.Length > 4 && name.EndsWith("Type", StringComparison.Ordinal) ? name[..^4] : name;
    }

    private static string ClrName(Type type)
    {
        if (!type.IsGenericType)
        {
            return type.Name;
        }

        var name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
        return name + "Of" + string.Concat(type.GetGenericArguments().Select(a => TypeName(a, TypeKind.Object)));
    }
}
