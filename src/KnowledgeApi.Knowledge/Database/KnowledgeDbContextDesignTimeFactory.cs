using Microsoft.EntityFrameworkCore.Design;

namespace KnowledgeApi.Knowledge.Database;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the context without a host; the connection string
/// only matters for commands that touch a database, never for generating migrations.
/// </summary>
internal sealed class KnowledgeDbContextDesignTimeFactory : IDesignTimeDbContextFactory<KnowledgeDbContext>
{
    public KnowledgeDbContext CreateDbContext(string[] args) =>
        new(KnowledgeDatabase.CreateOptions(KnowledgeDatabase.DefaultConnectionString));
}
