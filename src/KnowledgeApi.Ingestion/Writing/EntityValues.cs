using KnowledgeApi.Ingestion.Writing.Errors;
using KnowledgeApi.Knowledge;
using KnowledgeApi.Knowledge.Model;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeApi.Ingestion.Writing;

/// <summary>
/// Checks the names and texts a user gives an entity against the columns' limits, and claims the
/// resolution key of a new name or alias, so that a later ingest finds the entity by it.
/// </summary>
internal static class EntityValues
{
    public const int MaxNameLength = 300;
    public const int MaxDescriptionLength = 1000;
    public const int MaxKindLength = 100;

    /// <summary>A trimmed, non-empty name or alias that has a resolution key.</summary>
    public static string Name(string value, string what)
    {
        var name = value.Trim();
        if (name.Length == 0 || EntityKeyNormalizer.Normalize(name).Length == 0)
        {
            throw new EntityValueInvalidException($"The {what} is empty: it needs at least one letter or digit.");
        }

        return name.Length <= MaxNameLength
            ? name
            : throw new EntityValueInvalidException($"The {what} is {name.Length} characters long; at most {MaxNameLength} are allowed.");
    }

    /// <summary>A trimmed optional text: blank clears it (null).</summary>
    public static string? Optional(string value, string what, int maxLength)
    {
        var text = value.Trim();
        if (text.Length > maxLength)
        {
            throw new EntityValueInvalidException($"The {what} is {text.Length} characters long; at most {maxLength} are allowed.");
        }

        return text.Length == 0 ? null : text;
    }

    /// <summary>
    /// Gives <paramref name="entity"/> the resolution key of <paramref name="name"/>, unless it has
    /// it already; a key another entity of the same type owns is refused, since one key must lead
    /// to one entity (merging is the way to unite them).
    /// </summary>
    public static async Task ClaimKeyAsync(KnowledgeDbContext context, Entity entity, string name, CancellationToken cancellationToken)
    {
        var key = EntityKeyNormalizer.Normalize(name);
        var owner = await context.EntityKeys
            .Where(k => k.EntityType == entity.Type && k.Value == key)
            .Select(k => new { k.EntityId, k.Entity.Name })
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
        if (owner is null)
        {
            context.EntityKeys.Add(new EntityKey { EntityId = entity.Id, EntityType = entity.Type, Value = key });
        }
        else if (owner.EntityId != entity.Id)
        {
            throw new AliasAlreadyUsedException(name, owner.Name);
        }
    }
}
