using System.Diagnostics.CodeAnalysis;
using KnowledgeApi.GraphQL.Data.Filtering;
using KnowledgeApi.GraphQL.Data.Paging;
using KnowledgeApi.GraphQL.Data.Projections;
using KnowledgeApi.GraphQL.Data.Sorting;
using KnowledgeApi.GraphQL.Execution;
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
    [UseProjection]
    [UseFiltering]
    [UseSorting]
    public IQueryable<Article> GetArticles([Service] KnowledgeReader reader) => reader.Open().Articles.OrderBy(a => a.Id);

    [GraphQLDescription("Every person in the knowledge base: authors, speakers and people mentioned.")]
    [UsePaging]
    [UseProjection]
    [UseFiltering]
    [UseSorting]
    public IQueryable<Person> GetPeople([Service] KnowledgeReader reader) => reader.Open().People.OrderBy(p => p.Id);

    [GraphQLDescription("Every organization in the knowledge base.")]
    [UsePaging]
    [UseProjection]
    [UseFiltering]
    [UseSorting]
    public IQueryable<Organization> GetOrganizations([Service] KnowledgeReader reader) => reader.Open().Organizations.OrderBy(o => o.Id);

    [GraphQLDescription("Every event in the knowledge base.")]
    [UsePaging]
    [UseProjection]
    [UseFiltering]
    [UseSorting]
    public IQueryable<Event> GetEvents([Service] KnowledgeReader reader) => reader.Open().Events.OrderBy(e => e.Id);

    [GraphQLDescription("Every quotation in the knowledge base.")]
    [UsePaging]
    [UseProjection]
    [UseFiltering]
    [UseSorting]
    public IQueryable<Quotation> GetQuotations([Service] KnowledgeReader reader) => reader.Open().Quotations.OrderBy(q => q.Id);

    [GraphQLDescription("The article with this id, or null when there is none.")]
    public Task<Article?> GetArticleAsync(
        [ID("Article"), GraphQLDescription("The article's global ID, as its `id` field gives it.")] int id,
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
        [ID("Person"), GraphQLDescription("The person's global ID, as its `id` field gives it.")] int id,
        [Service] KnowledgeReader reader,
        CancellationToken cancellationToken) =>
        ByIdAsync(reader.Open().People, id, cancellationToken);

    [GraphQLDescription("The organization with this id, or null when there is none.")]
    public Task<Organization?> GetOrganizationAsync(
        [ID("Organization"), GraphQLDescription("The organization's global ID, as its `id` field gives it.")] int id,
        [Service] KnowledgeReader reader,
        CancellationToken cancellationToken) =>
        ByIdAsync(reader.Open().Organizations, id, cancellationToken);

    [GraphQLDescription("The event with this id, or null when there is none.")]
    public Task<Event?> GetEventAsync(
        [ID("Event"), GraphQLDescription("The event's global ID, as its `id` field gives it.")] int id,
        [Service] KnowledgeReader reader,
        CancellationToken cancellationToken) =>
        ByIdAsync(reader.Open().Events, id, cancellationToken);

    [GraphQLDescription("Ranked full-text search over article titles and text, quotations, and the names and aliases of people, organizations and events; accents and case do not matter. The best matches come first.")]
    [UseSearchPaging]
    public Task<Connection> SearchAsync(
        [GraphQLDescription("The words to look for; every word must occur (\"Lopez Obrador\" finds \"López Obrador\").")] string text,
        IResolverContext context,
        [Service] KnowledgeReader reader,
        CancellationToken cancellationToken) =>
        SearchResolver.SearchPageAsync(reader.Open(), text, RelationPage.From(context, SearchResolver.DefaultPageSize), cancellationToken);

    /// <summary>
    /// The entity with this key, or null. The engine decodes an [ID] argument before the resolver runs:
    /// a malformed ID or another type's ID is a field error and costs no statement.
    /// </summary>
    private static Task<TEntity?> ByIdAsync<TEntity>(IQueryable<TEntity> entities, int id, CancellationToken cancellationToken)
        where TEntity : Entity =>
        entities.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
}
