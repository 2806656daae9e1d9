using KnowledgeApi.Knowledge.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeApi.Knowledge.Configuration;

/// <summary>Mentions: one row per entity per position, so re-ingestion cannot double them.</summary>
internal sealed class MentionConfiguration : IEntityTypeConfiguration<Mention>
{
    public void Configure(EntityTypeBuilder<Mention> builder)
    {
        builder.ToTable("Mentions");
        builder.Property(m => m.SurfaceForm).IsRequired().HasMaxLength(300);
        builder.HasOne(m => m.Article).WithMany(a => a.Mentions).HasForeignKey(m => m.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => new { m.ArticleId, m.ParagraphIndex, m.StartOffset, m.EntityId }).IsUnique();
        builder.HasIndex(m => m.EntityId);
    }
}
