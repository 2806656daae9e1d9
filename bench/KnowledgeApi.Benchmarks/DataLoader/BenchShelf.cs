using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace KnowledgeApi.Benchmarks.DataLoader;

/// <summary>A parent row (think: article) for the DataLoader benchmarks.</summary>
public sealed class Shelf
{
    public int Id { get; set; }

    public required string Name { get; set; }
}

/// <summary>A child row (think: quotation) pointing at its parent.</summary>
public sealed class Item
{
    public int Id { get; set; }

    public int ShelfId { get; set; }

    public required string Label { get; set; }

    public int Rank { get; set; }
}

public sealed class ShelfContext(DbContextOptions<ShelfContext> options) : DbContext(options)
{
    public DbSet<Shelf> Shelves => Set<Shelf>();

    public DbSet<Item> Items => Set<Item>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Item>().HasIndex(i => i.ShelfId);
}

/// <summary>A SQLite file with 500 shelves of 20 items each, and the pooled factory the loaders rent from.</summary>
internal sealed class ShelfDatabase : IDisposable
{
    public const int ShelfCount = 500;
    public const int ItemsPerShelf = 20;

    private readonly string _folder;

    public ShelfDatabase()
    {
        _folder = Path.Combine(Path.GetTempPath(), "kapi-bench", $"shelves-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_folder);
        ConnectionString = $"Data Source={Path.Combine(_folder, "shelves.db")}";
        var options = new DbContextOptionsBuilder<ShelfContext>().UseSqlite(ConnectionString).Options;
        Contexts = new PooledDbContextFactory<ShelfContext>(options);
        Seed();
    }

    public string ConnectionString { get; }

    public PooledDbContextFactory<ShelfContext> Contexts { get; }

    public void Dispose()
    {
        using (var connection = new SqliteConnection(ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        Directory.Delete(_folder, recursive: true);
    }

    private void Seed()
    {
        using var db = Contexts.CreateDbContext();
        db.Database.EnsureCreated();
        var random = new Random(42);
        for (var s = 1; s <= ShelfCount; s++)
        {
            db.Shelves.Add(new Shelf { Id = s, Name = $"Shelf {s}" });
            for (var i = 0; i < ItemsPerShelf; i++)
            {
                db.Items.Add(new Item { ShelfId = s, Label = $"Item {s}.{i}", Rank = random.Next(1000) });
            }
        }

        db.SaveChanges();
    }
}
