using KnowledgeApi.Knowledge.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeApi.Knowledge.Configuration;

/// <summary>The resolution lookup: one normalized key belongs to one entity of a type.</summary>
internal sealed class EntityKeyConfiguration : IEntityTypeConfiguration<EntityKey>
{
    public void Configure(EntityTypeBuilder<EntityKey> builder)
    {
        builder.ToTable("EntityKeys");
        builder.Property(k => k.EntityType).HasConversion<string>().HasMaxLength(16);
        builder.Property(k => k.Value).IsRequired().HasMaxLength(300);

        // Unique per type: two ingests can never create two "Donald Trump" people.
        builder.HasIndex(k => new { k.EntityType, k.Value }).IsUnique();
        builder.HasIndex(k => k.EntityId);
    }
}
