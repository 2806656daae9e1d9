using System.Linq.Expressions;
using System.Reflection;

namespace KnowledgeApi.GraphQL.Data.Filtering;

/// <summary>
/// Inlines a filter field's expression (<c>x =&gt; x.Speaker as Person</c>) at the place the
/// visitor would access a property, so the predicate stays one expression tree that EF translates.
/// </summary>
internal static class ComputedFilterExpression
{
    public static Expression Inline(LambdaExpression expression, Expression instance) =>
        new ParameterReplacer(expression.Parameters[0], instance).Visit(expression.Body);

    /// <summary>
    /// For <c>x.Speaker as Person</c>, the test <c>x.Speaker is Person</c> that must hold too: EF
    /// translates <c>as</c> on a navigation into a plain join without the discriminator check, so
    /// an organization's name would otherwise match a person filter. Null for other expressions.
    /// </summary>
    public static Expression? TypeGuard(LambdaExpression expression, Expression instance) =>
        expression.Body is UnaryExpression { NodeType: ExpressionType.TypeAs } typeAs
            ? Expression.TypeIs(Inline(Expression.Lambda(typeAs.Operand, expression.Parameters), instance), typeAs.Type)
            : null;

    /// <summary>The first property the expression reads from its parameter (<c>Speaker</c> in <c>x.Speaker as Person</c>).</summary>
    public static PropertyInfo? StartProperty(LambdaExpression expression)
    {
        var finder = new StartPropertyFinder(expression.Parameters[0]);
        finder.Visit(expression.Body);
        return finder.Found;
    }

    private sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }

    private sealed class StartPropertyFinder(ParameterExpression parameter) : ExpressionVisitor
    {
        public PropertyInfo? Found { get; private set; }

        protected override Expression VisitMember(MemberExpression node)
        {
            if (Found is null && node.Expression == parameter && node.Member is PropertyInfo property)
            {
                Found = property;
            }

            return base.VisitMember(node);
        }
    }
}
