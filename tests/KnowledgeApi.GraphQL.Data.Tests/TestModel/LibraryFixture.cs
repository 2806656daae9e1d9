using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KnowledgeApi.GraphQL.Data.Tests.TestModel;

/// <summary>
/// One generated library per test run for every class in <see cref="LibraryCollection"/>
/// (<c>[Collection(LibraryCollection.Name)]</c>), or per class with <c>IClassFixture&lt;LibraryFixture&gt;</c>.
/// Read-only: tests that write create their own <see cref="LibraryDatabase"/>.
/// </summary>
public sealed class LibraryFixture : IAsyncLifetime
{
    private LibraryDatabase? _database;

    public LibraryDatabase Database => _database ?? throw new InvalidOperationException("The library is created in InitializeAsync.");

    public LibraryData Data => Database.Data;

    public LibraryDbContext CreateContext(params IInterceptor[] interceptors) => Database.CreateContext(interceptors);

    public async Task InitializeAsync() => _database = await LibraryDatabase.CreateAsync();

    public Task DisposeAsync()
    {
        _database?.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>The xunit collection sharing one <see cref="LibraryFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class LibraryCollection : ICollectionFixture<LibraryFixture>
{
    public const string Name = "Library";
}
