using KnowledgeApi.Knowledge.Model;
using KnowledgeApi.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeApi.Knowledge.Tests;

public sealed class AliasQueryTests
{
    private static async Task<TemporaryDatabase> DatabaseWithPeopleAsync()
    {
        var database = await TemporaryDatabase.CreateMigratedAsync();
        await using var context = database.CreateContext();
        context.People.AddRange(
            new Person { Name = "Andrés Manuel López Obrador", Aliases = ["AMLO", "López Obrador", "Lopez Obrador"] },
            new Person { Name = "Donald Trump", Aliases = ["Trump"] },
            new Person { Name = "Eric London" });
        await context.SaveChangesAsync();
        return database;
    }

    [Fact]
    public async Task An_alias_filter_runs_in_sql_with_json_each()
    {
        using var database = await DatabaseWithPeopleAsync();
        await using var context = database.CreateContext();
        var query = context.People.Where(p => p.Aliases.Any(a => a == "AMLO")).Select(p => p.Name);

        Assert.Contains("json_each", query.ToQueryString(), StringComparison.Ordinal);
        Assert.Equal(["Andrés Manuel López Obrador"], await query.ToListAsync());
    }

    [Fact]
    public async Task Aliases_round_trip_in_order_and_an_entity_without_aliases_has_an_empty_list()
    {
        using var database = await DatabaseWithPeopleAsync();
        await using var context = database.CreateContext();

        var amlo = await context.People.SingleAsync(p => p.Name.StartsWith("Andrés"));
        var eric = await context.People.SingleAsync(p => p.Name == "Eric London");

        Assert.Equal(["AMLO", "López Obrador", "Lopez Obrador"], amlo.Aliases);
        Assert.Empty(eric.Aliases);
    }

    [Fact]
    public async Task Alias_matching_in_sql_is_exact_not_case_insensitive()
    {
        using var database = await DatabaseWithPeopleAsync();
        await using var context = database.CreateContext();

        Assert.Equal(0, await context.People.CountAsync(p => p.Aliases.Any(a => a == "amlo")));
        Assert.Equal(1, await context.People.CountAsync(p => p.Aliases.Any(a => a.StartsWith("Lopez"))));
    }
}
