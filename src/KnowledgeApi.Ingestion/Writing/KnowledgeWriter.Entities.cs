using KnowledgeApi.Ingestion.Writing.Errors;
using KnowledgeApi.Knowledge.Model;

namespace KnowledgeApi.Ingestion.Writing;

/// <summary>The curation writes: correcting, naming, merging entities.</summary>
public sealed partial class KnowledgeWriter
{
    /// <summary>
    /// Changes what is given and keeps the rest (null = unchanged; a blank description or kind
    /// clears it). A new name keeps the old one as an alias, so articles that use it still resolve here.
    /// </summary>
    public Task<Entity> UpdateEntityAsync(int entityId, string? name, string? description, string? kind, CancellationToken cancellationToken = default)
    {
        // Values are checked before the lock: a bad one costs no database work.
        var newName = name is null ? null : EntityValues.Name(name, "name");
        var newDescription = description is null ? null : EntityValues.Optional(description, "description", EntityValues.MaxDescriptionLength);
        var newKind = kind is null ? null : EntityValues.Optional(kind, "kind", EntityValues.MaxKindLength);
        return WriteAsync(
            async (context, ct) =>
            {
                var entity = await FindEntityAsync(context, entityId, ct).ConfigureAwait(false);
                if (newName is not null && newName != entity.Name)
                {
                    await EntityValues.ClaimKeyAsync(context, entity, newName, ct).ConfigureAwait(false);
                    entity.Aliases = [.. entity.Aliases.Where(a => a != newName).Append(entity.Name).Distinct(StringComparer.Ordinal)];
                    entity.Name = newName;
                }

                if (description is not null)
                {
                    entity.Description = newDescription;
                }

                if (kind is not null)
                {
                    entity.Kind = newKind;
                }

                await context.SaveChangesAsync(ct).ConfigureAwait(false);
                return entity;
            },
            cancellationToken);
    }

    /// <summary>
    /// Adds another name for the entity and its resolution key, so later ingests resolve that
    /// name to it. An alias it already has changes nothing; one that names another entity of
    /// the same type is an <see cref="AliasAlreadyUsedException"/>.
    /// </summary>
    public Task<Entity> AddAliasAsync(int entityId, string alias, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(alias);
        var newAlias = EntityValues.Name(alias, "alias");
        return WriteAsync(
            async (context, ct) =>
            {
                var entity = await FindEntityAsync(context, entityId, ct).ConfigureAwait(false);
                await EntityValues.ClaimKeyAsync(context, entity, newAlias, ct).ConfigureAwait(false);
                if (newAlias != entity.Name && !entity.Aliases.Contains(newAlias, StringComparer.Ordinal))
                {
                    entity.Aliases = [.. entity.Aliases, newAlias];
                }

                await context.SaveChangesAsync(ct).ConfigureAwait(false);
                return entity;
            },
            cancellationToken);
    }

    /// <summary>
    /// Folds <paramref name="duplicateId"/> into <paramref name="canonicalId"/>: its mentions,
    /// quotations, bylines, publications, links, aliases and keys move to the canonical entity,
    /// its name becomes an alias, and it is deleted, all in one transaction.
    /// </summary>
    /// <returns>The canonical entity after the merge.</returns>
    public Task<Entity> MergeEntitiesAsync(int canonicalId, int duplicateId, CancellationToken cancellationToken = default)
    {
        if (canonicalId == duplicateId)
        {
            return Task.FromException<Entity>(new CannotMergeEntityWithItselfException("An entity cannot be merged with itself: name two different entities."));
        }

        return WriteAsync(
            async (context, ct) =>
            {
                var canonical = await FindEntityAsync(context, canonicalId, ct).ConfigureAwait(false);
                var duplicate = await FindEntityAsync(context, duplicateId, ct).ConfigureAwait(false);
                if (canonical.Type != duplicate.Type)
                {
                    throw new EntityTypesDifferException(
                        $"\"{duplicate.Name}\" is a {duplicate.Type} and \"{canonical.Name}\" is a {canonical.Type}: only entities of one type can be merged.");
                }

                await EntityMerge.MoveReferencesAsync(context, canonicalId, duplicateId, ct).ConfigureAwait(false);
                EntityMerge.Absorb(canonical, duplicate);
                context.Entities.Remove(duplicate);
                await context.SaveChangesAsync(ct).ConfigureAwait(false);
                return canonical;
            },
            cancellationToken);
    }
}
