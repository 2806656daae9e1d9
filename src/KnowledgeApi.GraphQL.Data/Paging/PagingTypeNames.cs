using System.Reflection;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Data.Paging;

/// <summary>
/// Names connection and segment types after the field, as Hot Chocolate 14 does
/// (<c>people</c> → <c>PeopleConnection</c>, <c>books</c> → <c>BooksCollectionSegment</c>).
/// The field name follows the type system's rules: <c>[GraphQLName]</c>, else the member name
/// without a <c>Get</c> prefix or <c>Async</c> suffix on methods.
/// </summary>
internal static class PagingTypeNames
{
    public static string BaseName(MemberInfo member)
    {
        if (member.GetCustomAttribute<GraphQLNameAttribute>() is { } attribute)
        {
            return Pascal(attribute.Name);
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

        return Pascal(name);
    }

    private static string Pascal(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];
}
