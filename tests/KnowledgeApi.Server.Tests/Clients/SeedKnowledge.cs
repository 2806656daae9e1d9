using KnowledgeApi.Ingestion.Reading;
using KnowledgeApi.Knowledge;
using KnowledgeApi.Server.Tests.Hosting;
using KnowledgeApi.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeApi.Server.Tests.Clients;

/// <summary>
/// What the clients should find, learned without GraphQL: the titles from the seed files (read
/// the way ingestion reads them) and the database ids the seeded server gave those articles and
/// Donald Trump. Both seed articles quote him, which is why the seeds were chosen.
/// </summary>
internal sealed record SeedKnowledge(IReadOnlyList<string> ArticleTitles, IReadOnlyList<int> ArticleIds, int TrumpId)
{
    public const string Speaker = "Donald Trump";

    /// <summary>The Relay global ID the API gives a row: base64 of "Type:id", as Hot Chocolate formats it.</summary>
    public static string GlobalId(string typeName, int id) =>
        Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(typeName + ":" + id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public static async Task<SeedKnowledge> ReadAsync(SeededServer server)
    {
        var titles = new List<string>();
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Combine("seeds"), "*.txt").Order(StringComparer.Ordinal))
        {
            titles.Add(CleanStep.Clean(await ReadFileStep.ReadAsync(file)).Title);
        }

        Assert.Equal(2, titles.Count);
        var factory = server.Services.GetRequiredService<IDbContextFactory<KnowledgeDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var ids = await db.Articles.Where(a => titles.Contains(a.Title)).OrderBy(a => a.Id).Select(a => a.Id).ToListAsync();
        Assert.Equal(titles.Count, ids.Count);
        var trump = await db.People.SingleAsync(p => p.Name == Speaker);
        return new SeedKnowledge(titles, ids, trump.Id);
    }
}
