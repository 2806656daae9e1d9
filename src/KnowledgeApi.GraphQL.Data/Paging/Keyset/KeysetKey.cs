using System.Linq.Expressions;

namespace KnowledgeApi.GraphQL.Data.Paging.Keyset;

/// <summary>
/// One column of a keyset order: the key selector over the element (<c>x =&gt; x.Name</c>) and
/// its direction. The page's order is a list of these, ending with the primary key.
/// </summary>
internal sealed record KeysetKey(LambdaExpression Selector, bool Descending)
{
    public Type Type => Selector.ReturnType;

    /// <summary>Whether the key can hold NULL (a reference type or a <see cref="Nullable{T}"/>).</summary>
    public bool IsNullable => !Type.IsValueType || Nullable.GetUnderlyingType(Type) is not null;

    /// <summary>The selector's body with the parameter renamed, so equal keys written by different code compare equal.</summary>
    public string Path { get; } = ParameterRebinder.Rebind(Selector, Expression.Parameter(Selector.Parameters[0].Type, "x")).ToString();

    public KeysetKey Reversed() => this with { Descending = !Descending };

    /// <summary>The selector's body over another parameter (all keys of a predicate share one).</summary>
    public Expression BodyFor(ParameterExpression parameter) => ParameterRebinder.Rebind(Selector, parameter);
}
