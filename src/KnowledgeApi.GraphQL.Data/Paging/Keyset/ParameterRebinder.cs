using System.Linq.Expressions;

namespace KnowledgeApi.GraphQL.Data.Paging.Keyset;

/// <summary>Replaces a lambda's parameter inside its body, to combine several lambdas over one parameter.</summary>
internal sealed class ParameterRebinder(ParameterExpression from, Expression to) : ExpressionVisitor
{
    public static Expression Rebind(LambdaExpression lambda, Expression replacement) =>
        new ParameterRebinder(lambda.Parameters[0], replacement).Visit(lambda.Body);

    protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
}
