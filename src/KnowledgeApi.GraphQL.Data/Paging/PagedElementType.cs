using System.Reflection;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Data.Paging;

/// <summary>The <c>T</c> a paged resolver returns: <c>IQueryable&lt;T&gt;</c>, <c>IEnumerable&lt;T&gt;</c>, or a task of one.</summary>
internal static class PagedElementType
{
    public static Type? Of(MemberInfo member)
    {
        var type = member switch
        {
            PropertyInfo property => property.PropertyType,
            MethodInfo method => method.ReturnType,
            _ => null,
        };
        if (type is { IsGenericType: true } && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>)))
        {
            type = type.GetGenericArguments()[0];
        }

        if (type is null || type == typeof(string))
        {
            return null;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            return type.GetGenericArguments()[0];
        }

        return type.GetInterfaces()
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            ?.GetGenericArguments()[0];
    }

    /// <summary>The GraphQL name of an item type, for connections named after the item (≤v13 style, opt-in).</summary>
    public static string GraphQLName(Type type) => type.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? type.Name;
}
