using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeApi.Benchmarks.Data;

/// <summary>A row of the paging benchmark: a nullable and a non-null sort column, each indexed with the key.</summary>
public sealed class PagedRow
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public DateTime CreatedAt { get; set; }

    public int? Score { get; set; }
}

public sealed class PagingBenchContext(DbContextOptions<PagingBenchContext> options) : DbContext(options)
{
    public DbSet<PagedRow> Rows => Set<PagedRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        var row = modelBuilder.Entity<PagedRow>();
        row.Property(r => r.Id).ValueGeneratedNever();

        // The indexes a keyset order needs: the sort columns followed by the key, in the order's directions.
        row.HasIndex(r => new { r.CreatedAt, r.Id });
        row.HasIndex(r => new { r.Score, r.CreatedAt, r.Id }).IsDescending(false, true, false);
    }
}

/// <summary>A SQLite file with <see cref="RowCount"/> generated rows (fixed seed), written once per benchmark run.</summary>
public sealed class PagingBenchDatabase : IDisposable
{
    public const int RowCount = 100_000;

    private readonly string folder;

    public PagingBenchDatabase()
    {
        folder = Path.Combine(Path.GetTempPath(), "kapi-bench", "paging-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        Options = new DbContextOptionsBuilder<PagingBenchContext>().UseSqlite($"Data Source={Path.Combine(folder, "paging.db")}").Options;
        Seed();
    }

    public DbContextOptions<PagingBenchContext> Options { get; }

    public PagingBenchContext CreateContext() => new(Options);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private void Seed()
    {
        using var db = CreateContext();
        db.Database.EnsureCreated();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO Rows (Id, Name, CreatedAt, Score) VALUES ($id, $name, $created, $score)";
        var id = insert.Parameters.Add("$id", SqliteType.Integer);
        var name = insert.Parameters.Add("$name", SqliteType.Text);
        var created = insert.Parameters.Add("$created", SqliteType.Text);
        var score = insert.Parameters.Add("$score", SqliteType.Integer);
        var random = new Random(42);
        var start = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 1; i <= RowCount; i++)
        {
            id.Value = i;
            name.Value = "Row " + i;

            // Minutes collide often, so the key really has to break ties.
            created.Value = start.AddMinutes(random.Next(0, 50_000)).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
            score.Value = random.Next(10) == 0 ? DBNull.Value : random.Next(0, 1_000);
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }
}
