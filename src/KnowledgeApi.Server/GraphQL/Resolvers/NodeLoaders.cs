using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.Knowledge.Model;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeApi.Server.GraphQL.Resolvers;

/// <summary>
/// How <c>node(id:)</c>/<c>nodes(ids:)</c> load each node type: through the same batching loaders
/// the relations use, so several ids of one kind in <c>nodes</c> cost one statement per wave.
/// </summary>
internal static class NodeLoaders
{
    public static async ValueTask<Article?> ArticleAsync(IResolverContext context, int id) =>
        await KnowledgeLoaders.ArticleById(context, context.Service<KnowledgeReader>()).LoadAsync(id, context.RequestAborted).ConfigureAwait(false);

    /// <summary>An entity of one kind; an id of another kind (a person's id asked for as an organization) finds nothing.</summary>
    public static async ValueTask<TEntity?> EntityAsync<TEntity>(IResolverContext context, int id)
        where TEntity : Entity =>
        await KnowledgeLoaders.EntityById(context, context.Service<KnowledgeReader>()).LoadAsync(id, context.RequestAborted).ConfigureAwait(false) as TEntity;

    public static async ValueTask<Quotation?> QuotationAsync(IResolverContext context, int id) =>
        await context.Service<KnowledgeReader>().Open().Quotations.FirstOrDefaultAsync(q => q.Id == id, context.RequestAborted).ConfigureAwait(false);
}
