using KnowledgeApi.Knowledge;
using KnowledgeApi.Knowledge.Model;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeApi.Ingestion.Storing;

/// <summary>
/// Finds the knowledge base's entity for a candidate, or creates it. A candidate matches an
/// entity of the same type when its name or any alias has the same normalized key (see
/// <see cref="EntityKeyNormalizer"/>) as one of the entity's keys. A match gains the candidate's
/// new names as aliases and keys; no match becomes a new entity. Runs inside the write
/// transaction, so the keys it reads cannot change under it.
/// </summary>
public sealed class EntityResolver(KnowledgeDbContext context)
{
    // Entities resolved or created in this transaction, by (type, key): later candidates of the
    // same article see them before they are saved.
    private readonly Dictionary<(EntityType, string), Entity> _known = [];

    // Keys already looked up in the database (found or not), so no key is queried twice.
    private readonly HashSet<(EntityType, string)> _looked = [];

    /// <summary>
    /// Looks up every key of <paramref name="candidates"/> in one query, so resolving an
    /// article's entities costs one round trip instead of one per entity.
    /// </summary>
    public async Task PreloadAsync(IEnumerable<EntityCandidate> candidates, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var wanted = candidates
            .SelectMany(c => KeysOf(c).Select(k => (c.Type, k)))
            .Where(k => !_known.ContainsKey(k) && !_looked.Contains(k))
            .ToHashSet();
        if (wanted.Count == 0)
        {
            return;
        }

        var values = wanted.Select(k => k.k).Distinct(StringComparer.Ordinal).ToList();
        var stored = await context.EntityKeys
            .Where(k => values.Contains(k.Value))
            .Include(k => k.Entity)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        foreach (var key in stored)
        {
            _known.TryAdd((key.EntityType, key.Value), key.Entity);
        }

        _looked.UnionWith(wanted);
    }

    public async Task<Entity> ResolveAsync(EntityCandidate candidate, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var names = NamesOf(candidate);
        var keys = KeysOf(candidate);

        var owners = await OwnersAsync(candidate.Type, keys, cancellationToken).ConfigureAwait(false);

        // The name's key decides first; otherwise the first alias that matches.
        var entity = keys.Select(k => owners.GetValueOrDefault(k)).FirstOrDefault(e => e is not null);
        if (entity is null)
        {
            entity = Create(candidate);
            context.Entities.Add(entity);
        }
        else
        {
            Enrich(entity, candidate, names);
        }

        foreach (var key in keys.Where(k => !owners.ContainsKey(k)))
        {
            entity.Keys.Add(new EntityKey { EntityType = candidate.Type, Value = key });
            owners[key] = entity;
        }

        foreach (var (key, owner) in owners)
        {
            _known.TryAdd((candidate.Type, key), owner);
        }

        return entity;
    }

    private static List<string> NamesOf(EntityCandidate candidate) =>
        new[] { candidate.Name }.Concat(candidate.Aliases).Select(n => n.Trim()).Where(n => n.Length > 0).ToList();

    private static List<string> KeysOf(EntityCandidate candidate) =>
        NamesOf(candidate).Select(EntityKeyNormalizer.Normalize).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    private async Task<Dictionary<string, Entity>> OwnersAsync(EntityType type, List<string> keys, CancellationToken cancellationToken)
    {
        var owners = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var unknown = new List<string>();
        foreach (var key in keys)
        {
            if (_known.TryGetValue((type, key), out var entity))
            {
                owners[key] = entity;
            }
            else if (!_looked.Contains((type, key)))
            {
                unknown.Add(key);
            }
        }

        if (unknown.Count > 0)
        {
            var stored = await context.EntityKeys
                .Where(k => k.EntityType == type && unknown.Contains(k.Value))
                .Include(k => k.Entity)
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);
            foreach (var key in stored)
            {
                owners[key.Value] = key.Entity;
            }

            _looked.UnionWith(unknown.Select(k => (type, k)));
        }

        return owners;
    }

    private static Entity Create(EntityCandidate candidate)
    {
        Entity entity = candidate.Type switch
        {
            EntityType.Person => new Person { Name = candidate.Name.Trim() },
            EntityType.Organization => new Organization { Name = candidate.Name.Trim() },
            EntityType.Place => new Place { Name = candidate.Name.Trim() },
            _ => new Event { Name = candidate.Name.Trim(), StartsOn = candidate.StartsOn, EndsOn = candidate.EndsOn },
        };
        entity.Aliases = candidate.Aliases.Select(a => a.Trim())
            .Where(a => a.Length > 0 && a != entity.Name)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        entity.Description = candidate.Description;
        entity.Kind = candidate.Kind;
        entity.Confirmed = candidate.Confirmed;
        return entity;
    }

    /// <summary>Adds what the candidate knows and the entity does not; never overwrites.</summary>
    private static void Enrich(Entity entity, EntityCandidate candidate, List<string> names)
    {
        var newAliases = names.Where(n => n != entity.Name && !entity.Aliases.Contains(n, StringComparer.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (newAliases.Count > 0)
        {
            entity.Aliases = [.. entity.Aliases, .. newAliases];
        }

        entity.Description ??= candidate.Description;
        entity.Kind ??= candidate.Kind;
        entity.Confirmed |= candidate.Confirmed;
        if (entity is Event happening)
        {
            happening.StartsOn ??= candidate.StartsOn;
            happening.EndsOn ??= candidate.EndsOn;
        }
    }
}
