using KnowledgeApi.Server.Tests.Hosting;
using Microsoft.Data.Sqlite;

namespace KnowledgeApi.Server.Tests.Graph;

/// <summary>
/// Links between entities read both ways and each pair once: <c>Organization.members</c> and
/// <c>Person.memberOf</c> (and <c>Event.participants</c>) page every parent's links in one statement.
/// The seed articles state links only to places, so this fixture's own database gets two more, the
/// way the ingestion stores them (one row per article that states the link).
/// </summary>
public sealed class LinkedEntityTests : IClassFixture<LinkedEntityTests.LinkedServer>
{
    private readonly LinkedServer server;

    public LinkedEntityTests(LinkedServer server) => this.server = server;

    [Fact]
    public async Task Members_and_member_of_read_the_same_links_from_both_ends_each_pair_once()
    {
        var data = (await server.ExecuteAsync("""
            {
              organizations(where: { name: { eq: "World Socialist Web Site" } }) { nodes { members { totalCount nodes { name } } } }
              people(where: { name: { in: ["Donald Trump", "Eric London"] } }, order: { name: ASC }) {
                nodes { name memberOf { nodes { name } } }
              }
              events(where: { name: { eq: "Mexican Revolution" } }) { nodes { participants { nodes { name } } } }
            }
            """)).DataWithoutErrors();

        var members = data.GetProperty("organizations").GetProperty("nodes")[0].GetProperty("members");
        Assert.Equal(2, members.GetProperty("totalCount").GetInt32());
        Assert.Equal(["Donald Trump", "Eric London"], members.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()));

        var people = data.GetProperty("people").GetProperty("nodes");
        Assert.Equal(["Donald Trump", "Eric London"], people.Strings("name"));
        Assert.All(people.EnumerateArray(), p => Assert.Equal(
            ["World Socialist Web Site"],
            p.GetProperty("memberOf").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString())));

        var participants = data.GetProperty("events").GetProperty("nodes")[0].GetProperty("participants").GetProperty("nodes");
        Assert.Equal(["Eric London"], participants.EnumerateArray().Select(n => n.GetProperty("name").GetString()));
    }

    /// <summary>The seeded server with links stated (Trump twice, from both seed articles) before it serves.</summary>
    public sealed class LinkedServer : SeededServer
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO EntityLinks (FromId, ToId, Relation, ArticleId)
                SELECT p.Id, o.Id, 'writer for', a.Id
                FROM Entities p, Entities o, Articles a
                WHERE p.Name IN ('Donald Trump', 'Eric London') AND o.Name = 'World Socialist Web Site';
                INSERT INTO EntityLinks (FromId, ToId, Relation, ArticleId)
                SELECT e.Id, p.Id, 'participant', (SELECT MIN(Id) FROM Articles)
                FROM Entities e, Entities p
                WHERE e.Name = 'Mexican Revolution' AND p.Name = 'Eric London';
                """;
            Assert.Equal(5, await command.ExecuteNonQueryAsync());
        }
    }
}
