using KnowledgeApi.Knowledge.Model;
using KnowledgeApi.Knowledge.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeApi.Knowledge.Configuration;

/// <summary>Articles: unique slug and source name make re-ingestion find the same row.</summary>
internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.ToTable("Articles", t =>
        {
            // Title, subtitle and body are kept in the full-text search index.
            t.HasTrigger(SearchIndexSql.ArticleInserted);
            t.HasTrigger(SearchIndexSql.ArticleUpdated);
            t.HasTrigger(SearchIndexSql.ArticleDeleted);
        });
        builder.Property(a => a.Title).IsRequired().HasMaxLength(500);
        builder.Property(a => a.Subtitle).HasMaxLength(1000);
        builder.Property(a => a.Slug).IsRequired().HasMaxLength(200);
        builder.Property(a => a.SourceName).IsRequired().HasMaxLength(260);
        builder.Property(a => a.PublishedOnPrecision).HasConversion<string>().HasMaxLength(8);
        builder.Property(a => a.Dateline).HasMaxLength(200);
        builder.Property(a => a.ContentHash).IsRequired().HasMaxLength(64).IsFixedLength();
        builder.Property(a => a.Body).IsRequired();

        builder.HasIndex(a => a.Slug).IsUnique();
        builder.HasIndex(a => a.SourceName).IsUnique();
        builder.HasIndex(a => a.Title);
        builder.HasIndex(a => a.PublishedOn);
        builder.HasIndex(a => a.WordCount);

        builder.HasOne(a => a.Publisher).WithMany(o => o.ArticlesPublished)
            .HasForeignKey(a => a.PublisherId).OnDelete(DeleteBehavior.SetNull);

        builder.HasMany(a => a.Authors).WithMany(p => p.ArticlesWritten).UsingEntity<ArticleAuthor>(
            join => join.HasOne(j => j.Person).WithMany().HasForeignKey(j => j.PersonId).OnDelete(DeleteBehavior.Cascade),
            join => join.HasOne(j => j.Article).WithMany(a => a.Authorships).HasForeignKey(j => j.ArticleId).OnDelete(DeleteBehavior.Cascade),
            join =>
            {
                join.ToTable("ArticleAuthors");
                join.HasKey(j => new { j.ArticleId, j.PersonId });
                join.HasIndex(j => new { j.ArticleId, j.Position }).IsUnique();
            });
    }
}
