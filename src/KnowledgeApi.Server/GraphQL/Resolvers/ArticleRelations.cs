using KnowledgeApi.GraphQL.Types;
using KnowledgeApi.Knowledge.Model;
using KnowledgeApi.Server.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeApi.Server.GraphQL.Resolvers;

/// <summary>Resolvers of the <c>Article</c> fields that follow a relation.</summary>
internal static class ArticleRelations
{
    [GraphQLDescription("The people named in the byline, in byline order.")]
    public static IQueryable<Person> GetAuthors([Parent] Article article, [Service] KnowledgeReader reader) =>
        reader.Open().ArticleAuthors.Where(a => a.ArticleId == article.Id).OrderBy(a => a.Position).Select(a => a.Person);

    [GraphQLDescription("The organization that published the article, when the source names one.")]
    public static Task<Organization?> GetPublisherAsync([Parent] Article article, [Service] KnowledgeReader reader, CancellationToken cancellationToken) =>
        article.PublisherId is { } id
            ? reader.Open().Organizations.FirstOrDefaultAsync(o => o.Id == id, cancellationToken)
            : Task.FromResult<Organization?>(null);

    [GraphQLDescription("The quotations found in the article, in reading order.")]
    public static IQueryable<Quotation> GetQuotations([Parent] Article article, [Service] KnowledgeReader reader) =>
        reader.Open().Quotations.Where(q => q.ArticleId == article.Id).OrderBy(q => q.ParagraphIndex).ThenBy(q => q.StartOffset);

    [GraphQLDescription("The people the article mentions, by name.")]
    public static IQueryable<Person> GetPeople([Parent] Article article, [Service] KnowledgeReader reader) =>
        reader.Open().People.Where(p => p.Mentions.Any(m => m.ArticleId == article.Id)).OrderBy(p => p.Name);

    [GraphQLDescription("The organizations the article mentions, by name.")]
    public static IQueryable<Organization> GetOrganizations([Parent] Article article, [Service] KnowledgeReader reader) =>
        reader.Open().Organizations.Where(o => o.Mentions.Any(m => m.ArticleId == article.Id)).OrderBy(o => o.Name);

    [GraphQLDescription("The events the article mentions, by name.")]
    public static IQueryable<Event> GetEvents([Parent] Article article, [Service] KnowledgeReader reader) =>
        reader.Open().Events.Where(e => e.Mentions.Any(m => m.ArticleId == article.Id)).OrderBy(e => e.Name);

    [GraphQLDescription("Each entity the article mentions, once, with how often and in which words; the most mentioned first.")]
    public static async Task<IReadOnlyList<ArticleMention>> GetMentionsAsync(
        [Parent] Article article,
        [Service] KnowledgeReader reader,
        CancellationToken cancellationToken)
    {
        var rows = await reader.Open().Mentions
            .Where(m => m.ArticleId == article.Id)
            .Select(m => new { m.Entity, m.SurfaceForm })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return ArticleMention.Summarize(rows.Select(r => (r.Entity, r.SurfaceForm)));
    }
}
