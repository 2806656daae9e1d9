using KnowledgeApi.GraphQL.Data.Tests.TestModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeApi.GraphQL.Data.Tests.DataLoader;

/// <summary>An application container over the test library: a pooled context factory whose contexts report their SQL to <see cref="Sql"/>.</summary>
internal sealed class LibraryServices : IDisposable
{
    public LibraryServices(LibraryDatabase database, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddPooledDbContextFactory<LibraryDbContext>(o => o.UseSqlite(database.ConnectionString).AddInterceptors(Sql));
        configure?.Invoke(services);
        Provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public SqlCapture Sql { get; } = new();

    public ServiceProvider Provider { get; }

    public IDbContextFactory<LibraryDbContext> Contexts => Provider.GetRequiredService<IDbContextFactory<LibraryDbContext>>();

    public void Dispose() => Provider.Dispose();
}
