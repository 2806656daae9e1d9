using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KnowledgeApi.GraphQL.Data.Tests.TestModel;

/// <summary>
/// A real SQLite file in its own temp folder holding the generated library; the folder is deleted
/// on dispose. Create one per test class (or share <see cref="LibraryFixture"/>) and do not write to
/// a shared one: its rows must stay equal to <see cref="Data"/>.
/// </summary>
public sealed class LibraryDatabase : IDisposable
{
    private readonly int _seed;

    private LibraryDatabase(string path, int seed)
    {
        _seed = seed;
        Path = path;
        ConnectionString = $"Data Source={path}";
        Data = LibraryDataGenerator.Generate(seed);
    }

    public string Path { get; }

    public string ConnectionString { get; }

    /// <summary>The same rows as object graphs, for LINQ-to-objects answers.</summary>
    public LibraryData Data { get; }

    /// <summary>Creates the file, the schema and the generated rows (one transaction).</summary>
    public static async Task<LibraryDatabase> CreateAsync(int seed = LibraryDataGenerator.DefaultSeed)
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kapi-tests", $"library-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var database = new LibraryDatabase(System.IO.Path.Combine(folder, "library.db"), seed);
        await database.SeedAsync().ConfigureAwait(false);
        return database;
    }

    public DbContextOptions<LibraryDbContext> CreateOptions(params IInterceptor[] interceptors)
    {
        var builder = new DbContextOptionsBuilder<LibraryDbContext>().UseSqlite(ConnectionString);
        if (interceptors.Length > 0)
        {
            builder.AddInterceptors(interceptors);
        }

        return builder.Options;
    }

    /// <summary>A new context (the caller disposes it); pass a <see cref="SqlCapture"/> to see the SQL it sends.</summary>
    public LibraryDbContext CreateContext(params IInterceptor[] interceptors) => new(CreateOptions(interceptors));

    public void Dispose()
    {
        // Only this file's pool: other tests keep their pooled connections.
        using (var connection = new SqliteConnection(ConnectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        var folder = System.IO.Path.GetDirectoryName(Path)!;
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task SeedAsync()
    {
        // The seeding context tracks a generated copy, so the shared Data graph is never attached to EF.
        var rows = LibraryDataGenerator.Generate(_seed);
        var context = CreateContext();
        await using (context.ConfigureAwait(false))
        {
            await context.Database.EnsureCreatedAsync().ConfigureAwait(false);
            context.ChangeTracker.AutoDetectChangesEnabled = false;
            context.Tags.AddRange(rows.Tags);
            context.Authors.AddRange(rows.Authors);
            context.Books.AddRange(rows.Books);
            context.Reviews.AddRange(rows.Reviews);
            await context.SaveChangesAsync().ConfigureAwait(false);
        }
    }
}
