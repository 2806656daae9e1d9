using KnowledgeApi.Knowledge.Model;
using KnowledgeApi.Knowledge.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeApi.Knowledge.Configuration;

/// <summary>The one <c>Entities</c> table for every entity type (table-per-hierarchy).</summary>
internal sealed class EntityConfiguration : IEntityTypeConfiguration<Entity>
{
    public void Configure(EntityTypeBuilder<Entity> builder)
    {
        builder.ToTable("Entities");
        builder.HasDiscriminator(e => e.Type)
            .HasValue<Person>(EntityType.Person)
            .HasValue<Organization>(EntityType.Organization)
            .HasValue<Event>(EntityType.Event)
            .HasValue<Place>(EntityType.Place);
        builder.Property(e => e.Type).HasConversion<string>().HasMaxLength(16);

        // Names stay in SQLite's default BINARY collation: filters and sorts are ordinal and
        // case-sensitive, like the API's; loose matching goes through EntityKey.
        builder.Property(e => e.Name).IsRequired().HasMaxLength(300);
        builder.Property(e => e.Aliases).IsRequired();
        builder.Property(e => e.Description).HasMaxLength(1000);
        builder.Property(e => e.Kind).HasMaxLength(100);

        builder.HasIndex(e => e.Type);
        builder.HasIndex(e => e.Name);
        builder.HasIndex(e => e.Kind);
        builder.HasIndex(e => e.Confirmed);

        builder.HasMany(e => e.Keys).WithOne(k => k.Entity).HasForeignKey(k => k.EntityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Mentions).WithOne(m => m.Entity).HasForeignKey(m => m.EntityId).OnDelete(DeleteBehavior.Cascade);

        // Renaming an entity must carry over to the stored speaker names of its quotations.
        builder.ToTable(t => t.HasTrigger(KnowledgeTriggers.EntityRenamed));

        // Names and aliases are kept in the full-text search index.
        builder.ToTable(t =>
        {
            t.HasTrigger(SearchIndexSql.EntityInserted);
            t.HasTrigger(SearchIndexSql.EntityUpdated);
            t.HasTrigger(SearchIndexSql.EntityDeleted);
        });
    }
}
