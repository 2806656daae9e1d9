using KnowledgeApi.GraphQL.Data.Paging;
using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Types;
using KnowledgeApi.Knowledge.Model;

namespace KnowledgeApi.Server.GraphQL.Resolvers;

/// <summary>Resolvers of the <c>Organization</c> fields that follow a relation.</summary>
internal static class OrganizationRelations
{
    [GraphQLDescription("What this organization is quoted as saying (statements, spokespeople speaking in its name).")]
    [UseRelationPaging(typeof(Quotation))]
    public static Task<Connection> GetQuotationsAsync([Parent] Organization organization, IResolverContext context, [Service] KnowledgeReader reader) =>
        RelationPageLoaders.QuotationsOfSpeakerAsync(context, reader, organization.Id);

    [GraphQLDescription("The articles that quote this organization.")]
    [UseRelationPaging(typeof(Article))]
    public static Task<Connection> GetQuotedInAsync([Parent] Organization organization, IResolverContext context, [Service] KnowledgeReader reader) =>
        RelationPageLoaders.ArticlesQuotingAsync(context, reader, organization.Id);

    [GraphQLDescription("The articles that mention this organization.")]
    [UseRelationPaging(typeof(Article))]
    public static Task<Connection> GetMentionedInAsync([Parent] Organization organization, IResolverContext context, [Service] KnowledgeReader reader) =>
        RelationPageLoaders.ArticlesMentioningAsync(context, reader, organization.Id);

    [GraphQLDescription("The people an article links to this organization, as members or in a role (\"president of\").")]
    [UseRelationPaging(typeof(Person))]
    public static Task<Connection> GetMembersAsync([Parent] Organization organization, IResolverContext context, [Service] KnowledgeReader reader) =>
        RelationPageLoaders.LinkedEntitiesAsync<Person>(context, reader, organization.Id);

    [GraphQLDescription("The articles this organization published.")]
    [UseRelationPaging(typeof(Article))]
    public static Task<Connection> GetArticlesPublishedAsync([Parent] Organization organization, IResolverContext context, [Service] KnowledgeReader reader) =>
        RelationPageLoaders.ArticlesPublishedAsync(context, reader, organization.Id);
}
