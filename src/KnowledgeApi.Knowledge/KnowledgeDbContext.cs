using KnowledgeApi.Knowledge.Model;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeApi.Knowledge;

/// <summary>The knowledge base: articles and the people, organizations, events and places in them.</summary>
public sealed class KnowledgeDbContext(DbContextOptions<KnowledgeDbContext> options) : DbContext(options)
{
    public DbSet<Article> Articles => Set<Article>();

    public DbSet<Entity> Entities => Set<Entity>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<Event> Events => Set<Event>();

    public DbSet<Place> Places => Set<Place>();

    public DbSet<EntityKey> EntityKeys => Set<EntityKey>();

    public DbSet<ArticleAuthor> ArticleAuthors => Set<ArticleAuthor>();

    public DbSet<Mention> Mentions => Set<Mention>();

    public DbSet<Quotation> Quotations => Set<Quotation>();

    public DbSet<EntityLink> EntityLinks => Set<EntityLink>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(KnowledgeDbContext).Assembly);
    }
}
