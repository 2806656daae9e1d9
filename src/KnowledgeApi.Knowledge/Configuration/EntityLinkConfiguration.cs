using KnowledgeApi.Knowledge.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeApi.Knowledge.Configuration;

/// <summary>Links between entities, each backed by the article that states it.</summary>
internal sealed class EntityLinkConfiguration : IEntityTypeConfiguration<EntityLink>
{
    public void Configure(EntityTypeBuilder<EntityLink> builder)
    {
        builder.ToTable("EntityLinks");
        builder.Property(l => l.Relation).IsRequired().HasMaxLength(100);
        builder.HasOne(l => l.From).WithMany().HasForeignKey(l => l.FromId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(l => l.To).WithMany().HasForeignKey(l => l.ToId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(l => l.Article).WithMany(a => a.Links).HasForeignKey(l => l.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => new { l.FromId, l.ToId, l.Relation, l.ArticleId }).IsUnique();
        builder.HasIndex(l => l.ToId);
        builder.HasIndex(l => l.ArticleId);
        builder.HasIndex(l => l.Relation);
    }
}
