using System.Linq.Expressions;
using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Types;
using Microsoft.EntityFrameworkCore.Query;

namespace KnowledgeApi.GraphQL.Data.Projections;

/// <summary>
/// The <c>[UseProjection]</c> middleware: once the inner middleware produced the query, appends one
/// <c>Select</c> built from the request's selections (through paging's wrappers), so the database
/// reads only what the response needs. Paging, outside it, recognises that <c>Select</c> and keeps
/// its keyset keys beneath it.
/// </summary>
internal sealed class ProjectionMiddleware<T>
{
    public static FieldDelegate Create(FieldDelegate next) => async context =>
    {
        await next(context).ConfigureAwait(false);
        if (context.Result is not IQueryable<T> query
            || context.Schema.GetObjectTypeForRuntimeType(typeof(T)) is not ObjectType entityType
            || EntitySelections.Find(context, entityType) is not { } selections)
        {
            return;
        }

        var builder = new ProjectionExpressionBuilder(context, ModelOf(query.Expression));
        if (builder.Build<T>(entityType, selections) is { } projection)
        {
            context.Result = query.Select(projection);
        }
    };

    private static Microsoft.EntityFrameworkCore.Metadata.IModel? ModelOf(Expression expression)
    {
        var finder = new RootFinder();
        finder.Visit(expression);
        return finder.Root?.EntityType.Model;
    }

    private sealed class RootFinder : ExpressionVisitor
    {
        public EntityQueryRootExpression? Root { get; private set; }

        public override Expression? Visit(Expression? node)
        {
            if (node is EntityQueryRootExpression root)
            {
                Root ??= root;
                return node;
            }

            return Root is null ? base.Visit(node) : node;
        }
    }
}
