using KnowledgeApi.GraphQL.Data.Paging;
using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Types;
using KnowledgeApi.Knowledge.Model;
using KnowledgeApi.Server.GraphQL.Types;

namespace KnowledgeApi.Server.GraphQL.Resolvers;

/// <summary>Resolvers of the <c>Article</c> fields that follow a relation.</summary>
internal static class ArticleRelations
{
    [GraphQLDescription("The people named in the byline, in byline order.")]
    [UseRelationPaging(typeof(Person))]
    public static Task<Connection> GetAuthorsAsync([Parent] Article article, IResolverContext context, [Service] KnowledgeReader reader) =>
        RelationPageLoaders.AuthorsOfArticleAsync(context, reader, article.Id);

    [GraphQLDescription("The organization that published the article, when the source names one.")]
    public static async Task<Organization?> GetPublisherAsync([Parent] Article article, IResolverContext context, [Service] KnowledgeReader reader) =>
        article.PublisherId is { } id
            ? await KnowledgeLoaders.EntityById(context, reader).LoadAsync(id, context.RequestAborted).ConfigureAwait(false) as Organization
            : null;

    [GraphQLDescription("The quotations found in the article, in reading order.")]
    [UseRelationPaging(typeof(Quotation))]
    public static Task<Connection> GetQuotationsAsync([Parent] Article article, IResolverContext context, [Service] KnowledgeReader reader) =>
        RelationPageLoaders.QuotationsOfArticleAsync(context, reader, article.Id);

    [GraphQLDescription("The people the article mentions, by name.")]
    [UseRelationPaging(typeof(Person))]
    public static Task<Connection> GetPeopleAsync([Parent] Article article, IResolverContext context, [Service] KnowledgeReader reader) =>
        RelationPageLoaders.EntitiesOfArticleAsync<Person>(context, reader, article.Id);

    [GraphQLDescription("The organizations the article mentions, by name.")]
    [UseRelationPaging(typeof(Organization))]
    public static Task<Connection> GetOrganizationsAsync([Parent] Article article, IResolverContext context, [Service] KnowledgeReader reader) =>
        RelationPageLoaders.EntitiesOfArticleAsync<Organization>(context, reader, article.Id);

    [GraphQLDescription("The events the article mentions, by name.")]
    [UseRelationPaging(typeof(Event))]
    public static Task<Connection> GetEventsAsync([Parent] Article article, IResolverContext context, [Service] KnowledgeReader reader) =>
        RelationPageLoaders.EntitiesOfArticleAsync<Event>(context, reader, article.Id);

    [GraphQLDescription("Each entity the article mentions, once, with how often and in which words; the most mentioned first.")]
    [UsePaging]
    public static async Task<IReadOnlyList<ArticleMention>> GetMentionsAsync(
        [Parent] Article article,
        IResolverContext context,
        [Service] KnowledgeReader reader) =>
        await KnowledgeLoaders.MentionsByArticle(context, reader).LoadAsync(article.Id, context.RequestAborted).ConfigureAwait(false);
}
