using KnowledgeApi.GraphQL.Data.Paging;
using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Types;
using KnowledgeApi.Knowledge.Model;

namespace KnowledgeApi.Server.GraphQL.Resolvers;

/// <summary>Resolvers of the <c>Person</c> fields that follow a relation.</summary>
internal static class PersonRelations
{
    [GraphQLDescription("What this person is quoted as saying, across all articles.")]
    [UseRelationPaging(typeof(Quotation))]
    public static Task<Connection> GetQuotationsAsync([Parent] Person person, IResolverContext context, [Service] KnowledgeReader reader) =>
        RelationPageLoaders.QuotationsOfSpeakerAsync(context, reader, person.Id);

    [GraphQLDescription("The articles that quote this person.")]
    [UseRelationPaging(typeof(Article))]
    public static Task<Connection> GetQuotedInAsync([Parent] Person person, IResolverContext context, [Service] KnowledgeReader reader) =>
        RelationPageLoaders.ArticlesQuotingAsync(context, reader, person.Id);

    [GraphQLDescription("The articles that mention this person.")]
    [UseRelationPaging(typeof(Article))]
    public static Task<Connection> GetMentionedInAsync([Parent] Person person, IResolverContext context, [Service] KnowledgeReader reader) =>
        RelationPageLoaders.ArticlesMentioningAsync(context, reader, person.Id);

    [GraphQLDescription("The articles this person wrote.")]
    [UseRelationPaging(typeof(Article))]
    public static Task<Connection> GetArticlesWrittenAsync([Parent] Person person, IResolverContext context, [Service] KnowledgeReader reader) =>
        RelationPageLoaders.ArticlesWrittenAsync(context, reader, person.Id);

    [GraphQLDescription("The organizations an article links this person to, as a member or in a role.")]
    [UseRelationPaging(typeof(Organization))]
    public static Task<Connection> GetMemberOfAsync([Parent] Person person, IResolverContext context, [Service] KnowledgeReader reader) =>
        RelationPageLoaders.LinkedEntitiesAsync<Organization>(context, reader, person.Id);
}
