using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Query;

namespace KnowledgeApi.GraphQL.Data.Paging.Keyset;

/// <summary>
/// Finds the members that make the order total: the primary key from EF Core's model (the query
/// root carries its entity type), else the configured fallback member names that the element has.
/// </summary>
internal static class PrimaryKeyFinder
{
    public static IReadOnlyList<LambdaExpression> Find(Expression query, Type elementType, IReadOnlyList<string> fallbackKeyMembers)
    {
        var names = EntityKeyNames(query) ?? fallbackKeyMembers;
        var keys = new List<LambdaExpression>();
        foreach (var name in names)
        {
            var member = (MemberInfo?)elementType.GetProperty(name, BindingFlags.Public | BindingFlags.Instance)
                ?? elementType.GetField(name, BindingFlags.Public | BindingFlags.Instance);
            if (member is null)
            {
                continue;
            }

            var parameter = Expression.Parameter(elementType, "x");
            keys.Add(Expression.Lambda(Expression.MakeMemberAccess(parameter, member), parameter));
        }

        return keys;
    }

    private static List<string>? EntityKeyNames(Expression query)
    {
        var root = new RootFinder();
        root.Visit(query);
        return root.Found?.EntityType.FindPrimaryKey()?.Properties.Select(p => p.Name).ToList();
    }

    private sealed class RootFinder : ExpressionVisitor
    {
        public EntityQueryRootExpression? Found { get; private set; }

        public override Expression? Visit(Expression? node)
        {
            if (node is EntityQueryRootExpression root)
            {
                Found ??= root;
                return node;
            }

            return Found is null ? base.Visit(node) : node;
        }
    }
}
