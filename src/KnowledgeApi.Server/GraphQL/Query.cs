using System.Diagnostics.CodeAnalysis;
using KnowledgeApi.GraphQL.Data.Filtering;
using KnowledgeApi.GraphQL.Data.Paging;
using KnowledgeApi.GraphQL.Data.Sorting;
using KnowledgeApi.GraphQL.Types;
using KnowledgeApi.Server.GraphQL.Resolvers;
using KnowledgeApi.Knowledge.Model;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeApi.Server.GraphQL;

/// <summary>The root fields: lists of every kind of thing, lookups by id, and search.</summary>
[GraphQLDescription("The entry points into the knowledge graph: lists of articles, people, organizations, events and quotations, lookups by id, and search.")]
[SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Root fields are inferred from instance methods only.")]
internal sealed class Query
{
    [GraphQLDescription("Every article in the knowledge base.")]
    [UsePaging]
    [UseFiltering]
    [UseSorting]
    public IQueryable<Article> GetArticles([Service] KnowledgeReader reader) => reader.Open().Articles.OrderBy(a => a.Id);

    [GraphQLDescription("Every person in the knowledge base: authors, speakers and people mentioned.")]
    [UsePaging]
    [UseFiltering]
    [UseSorting]
    public IQueryable<Person> GetPeople([Service] KnowledgeReader reader) => reader.Open().People.OrderBy(p => p.Id);

    [GraphQLDescription("Every organization in the knowledge base.")]
    [UsePaging]
    [UseFiltering]
    [UseSorting]
    public IQueryable<Organization> GetOrganizations([Service] KnowledgeReader reader) => reader.Open().Organizations.OrderBy(o => o.Id);

    [GraphQLDescription("Every event in the knowledge base.")]
    [UsePaging]
    [UseFiltering]
    [UseSorting]
    public IQueryable<Event> GetEvents([Service] KnowledgeReader reader) => reader.Open().Events.OrderBy(e => e.Id);

    [GraphQLDescription("Every quotation in the knowledge base.")]
    [UsePaging]
    [UseFiltering]
    [UseSorting]
    public IQueryable<Quotation> GetQuotations([Service] KnowledgeReader reader) => reader.Open().Quotations.OrderBy(q => q.Id);

    [GraphQLDescription("The article with this id, or null when there is none.")]
    public Task<Article?> GetArticleAsync(
        [ID, GraphQLDescription("The article's id.")] int id,
        [Service] KnowledgeReader reader,
        CancellationToken cancellationToken) =>
        reader.Open().Articles.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    [GraphQLDescription("The article with this slug, or null when there is none.")]
    public Task<Article?> GetArticleBySlugAsync(
        [GraphQLDescription("The article's slug, as its `slug` field gives it.")] string slug,
        [Service] KnowledgeReader reader,
        CancellationToken cancellationToken) =>
        reader.Open().Articles.FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken);

    [GraphQLDescription("The person with this id, or null when there is none.")]
    public Task<Person?> GetPersonAsync(
        [ID, GraphQLDescription("The person's id.")] int id,
        [Service] KnowledgeReader reader,
        CancellationToken cancellationToken) =>
        reader.Open().People.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    [GraphQLDescription("The organization with this id, or null when there is none.")]
    public Task<Organization?> GetOrganizationAsync(
        [ID, GraphQLDescription("The organization's id.")] int id,
        [Service] KnowledgeReader reader,
        CancellationToken cancellationToken) =>
        reader.Open().Organizations.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);

    [GraphQLDescription("The event with this id, or null when there is none.")]
    public Task<Event?> GetEventAsync(
        [ID, GraphQLDescription("The event's id.")] int id,
        [Service] KnowledgeReader reader,
        CancellationToken cancellationToken) =>
        reader.Open().Events.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);

    [GraphQLDescription("Ranked full-text search over article titles and text, quotations, and the names and aliases of people, organizations and events; accents and case do not matter. The best matches come first.")]
    [GraphQLType("[SearchResult!]!")]
    public async Task<IReadOnlyList<object>> SearchAsync(
        [GraphQLDescription("The words to look for; every word must occur (\"Lopez Obrador\" finds \"López Obrador\").")] string text,
        [Service] KnowledgeReader reader,
        CancellationToken cancellationToken) =>
        await SearchResolver.SearchAsync(reader.Open(), text, cancellationToken).ConfigureAwait(false);
}
