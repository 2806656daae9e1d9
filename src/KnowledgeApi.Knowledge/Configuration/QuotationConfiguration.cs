using KnowledgeApi.Knowledge.Model;
using KnowledgeApi.Knowledge.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeApi.Knowledge.Configuration;

/// <summary>Quotations: one per starting position in an article; speaker name indexed for filters.</summary>
internal sealed class QuotationConfiguration : IEntityTypeConfiguration<Quotation>
{
    public void Configure(EntityTypeBuilder<Quotation> builder)
    {
        builder.ToTable("Quotations", t =>
        {
            // Declared so EF knows the table has triggers (they keep SpeakerName up to date).
            t.HasTrigger(KnowledgeTriggers.QuotationInserted);
            t.HasTrigger(KnowledgeTriggers.QuotationSpeakerChanged);
            t.HasTrigger(SearchIndexSql.QuotationInserted);
            t.HasTrigger(SearchIndexSql.QuotationUpdated);
            t.HasTrigger(SearchIndexSql.QuotationDeleted);
        });

        // The parts are read with their quotation and never queried on their own: a JSON column.
        builder.ComplexCollection(q => q.Parts, parts => parts.ToJson());
        builder.Property(q => q.Text).IsRequired();
        builder.Property(q => q.Verb).HasMaxLength(50);
        builder.Property(q => q.SpeakerDescriptor).HasMaxLength(500);
        builder.Property(q => q.SpeakerName).HasMaxLength(500);

        builder.HasOne(q => q.Article).WithMany(a => a.Quotations).HasForeignKey(q => q.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(q => q.Speaker).WithMany().HasForeignKey(q => q.SpeakerId).OnDelete(DeleteBehavior.SetNull);

        builder.HasIndex(q => new { q.ArticleId, q.ParagraphIndex, q.StartOffset }).IsUnique();
        builder.HasIndex(q => q.SpeakerId);
        builder.HasIndex(q => q.SpeakerName);
        builder.HasIndex(q => q.IsFragment);
        builder.HasIndex(q => q.Verb);
    }
}
