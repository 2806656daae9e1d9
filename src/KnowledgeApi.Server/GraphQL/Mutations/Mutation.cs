using System.Diagnostics.CodeAnalysis;
using KnowledgeApi.GraphQL.Authorization;
using KnowledgeApi.GraphQL.Types;
using KnowledgeApi.Ingestion.Writing;
using KnowledgeApi.Ingestion.Writing.Errors;
using KnowledgeApi.Knowledge.Model;
using KnowledgeApi.Server.Access;
using KnowledgeApi.Server.GraphQL.Types;

namespace KnowledgeApi.Server.GraphQL.Mutations;

/// <summary>
/// The writes, under Hot Chocolate's mutation conventions: each method becomes
/// <c>name(input: NameInput!): NamePayload!</c>, its <c>[Error]</c> exceptions the payload's
/// typed <c>errors</c>. Every field needs the <c>Write</c> policy (an API key with the write
/// right), checked before the input is even read. The work itself is <see cref="KnowledgeWriter"/>'s.
/// </summary>
[GraphQLDescription("Changes to the knowledge base. Every field needs an API key with the write right (`Authorization: Bearer <key>`).")]
[SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Root fields are inferred from instance methods only.")]
internal sealed class Mutation
{
    [Authorize(Policy = ApiKeyRights.WritePolicy)]
    [GraphQLDescription("Ingests an article posted as text, as if it were a file of that name: reads, cleans and extracts it, then stores it with the people, organizations, events and quotations found. The same text under the same name again leaves the article unchanged; other text under a known name replaces it.")]
    [Error<ArticleTextEmptyException>]
    [Error<ArticleTextInvalidException>]
    [Error<SourceNameInvalidException>]
    [Error<KnowledgeBaseBusyException>]
    public async Task<Article> IngestArticleAsync(
        [GraphQLDescription("The article as Markdown or plain text: a `# Title` line, then optional byline, date and publisher lines, then paragraphs separated by blank lines.")] string text,
        [GraphQLDescription("A file-like name for the article (\"2026-11-28-tariffs.md\"); posting under the same name again updates that article.")] string sourceName,
        [Service] KnowledgeWriter writer,
        CancellationToken cancellationToken) =>
        (await writer.IngestArticleAsync(text, sourceName, cancellationToken).ConfigureAwait(false)).Article;

    [Authorize(Policy = ApiKeyRights.WritePolicy)]
    [GraphQLDescription("Corrects an entity's name, description or kind; a field left out stays as it is, an empty description or kind clears it. A new name keeps the old one as an alias.")]
    [GraphQLType(typeof(EntityInterfaceType))]
    [Error<EntityNotFoundException>]
    [Error<EntityValueInvalidException>]
    [Error<AliasAlreadyUsedException>]
    [Error<KnowledgeBaseBusyException>]
    public Task<Entity> UpdateEntityAsync(
        [GraphQLType("ID!"), GraphQLDescription("The global ID of the person, organization, event or place.")] string id,
        [GraphQLDescription("The new canonical name.")] string? name,
        [GraphQLDescription("The new short description or role; empty to clear it.")] string? description,
        [GraphQLDescription("The new category within the type (\"newspaper\", \"political party\"); empty to clear it.")] string? kind,
        [Service] KnowledgeWriter writer,
        CancellationToken cancellationToken) =>
        writer.UpdateEntityAsync(EntityGlobalId.Parse(id), name, description, kind, cancellationToken);

    [Authorize(Policy = ApiKeyRights.WritePolicy)]
    [GraphQLDescription("Folds a duplicate entity into its canonical one: mentions, quotations, bylines, links, aliases and lookup keys move over, the duplicate's name becomes an alias, and the duplicate is deleted.")]
    [GraphQLType(typeof(EntityInterfaceType))]
    [Error<EntityNotFoundException>]
    [Error<CannotMergeEntityWithItselfException>]
    [Error<EntityTypesDifferException>]
    [Error<KnowledgeBaseBusyException>]
    public Task<Entity> MergeEntitiesAsync(
        [GraphQLType("ID!"), GraphQLDescription("The global ID of the entity that stays.")] string canonicalId,
        [GraphQLType("ID!"), GraphQLDescription("The global ID of the entity folded into it and deleted; it must be of the same type.")] string duplicateId,
        [Service] KnowledgeWriter writer,
        CancellationToken cancellationToken) =>
        writer.MergeEntitiesAsync(EntityGlobalId.Parse(canonicalId), EntityGlobalId.Parse(duplicateId), cancellationToken);

    [Authorize(Policy = ApiKeyRights.WritePolicy)]
    [GraphQLDescription("Adds another name for an entity; later ingests resolve that name (in any case, with or without accents) to it.")]
    [GraphQLType(typeof(EntityInterfaceType))]
    [Error<EntityNotFoundException>]
    [Error<EntityValueInvalidException>]
    [Error<AliasAlreadyUsedException>]
    [Error<KnowledgeBaseBusyException>]
    public Task<Entity> AddAliasAsync(
        [GraphQLType("ID!"), GraphQLDescription("The global ID of the person, organization, event or place.")] string entityId,
        [GraphQLDescription("The other name (\"AMLO\").")] string alias,
        [Service] KnowledgeWriter writer,
        CancellationToken cancellationToken) =>
        writer.AddAliasAsync(EntityGlobalId.Parse(entityId), alias, cancellationToken);

    [Authorize(Policy = ApiKeyRights.WritePolicy)]
    [GraphQLDescription("Marks an entity as curated by a person, so re-ingesting articles never removes it.")]
    [GraphQLType(typeof(EntityInterfaceType))]
    [Error<EntityNotFoundException>]
    [Error<KnowledgeBaseBusyException>]
    public Task<Entity> ConfirmEntityAsync(
        [GraphQLType("ID!"), GraphQLDescription("The global ID of the person, organization, event or place.")] string id,
        [Service] KnowledgeWriter writer,
        CancellationToken cancellationToken) =>
        writer.ConfirmEntityAsync(EntityGlobalId.Parse(id), cancellationToken);

    [Authorize(Policy = ApiKeyRights.WritePolicy)]
    [GraphQLDescription("Deletes an article with its quotations, mentions and links; the people, organizations, events and places stay. The payload holds the article as it was.")]
    [Error<ArticleNotFoundException>]
    [Error<KnowledgeBaseBusyException>]
    public Task<Article> DeleteArticleAsync(
        [ID("Article"), GraphQLDescription("The global ID of the article.")] int id,
        [Service] KnowledgeWriter writer,
        CancellationToken cancellationToken) =>
        writer.DeleteArticleAsync(id, cancellationToken);
}
