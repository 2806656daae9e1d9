using KnowledgeApi.Ingestion.Storing;
using KnowledgeApi.Knowledge.Model;
using KnowledgeApi.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeApi.Ingestion.Tests.Storing;

public sealed class EntityResolverTests
{
    private static async Task<TemporaryDatabase> WithAmloAsync()
    {
        var database = await TemporaryDatabase.CreateMigratedAsync();
        await using var context = database.CreateContext();
        await new EntityResolver(context).ResolveAsync(new EntityCandidate(EntityType.Person, "Andrés Manuel López Obrador", ["AMLO"], Confirmed: true));
        await context.SaveChangesAsync();
        return database;
    }

    [Theory]
    [InlineData("Andres Manuel Lopez Obrador")]
    [InlineData("ANDRÉS  MANUEL LÓPEZ OBRADOR")]
    [InlineData("AMLO")]
    [InlineData("amlo")]
    public async Task A_name_matching_any_key_after_normalisation_resolves_to_the_stored_entity(string name)
    {
        using var database = await WithAmloAsync();
        await using var context = database.CreateContext();

        var entity = await new EntityResolver(context).ResolveAsync(new EntityCandidate(EntityType.Person, name, []));
        await context.SaveChangesAsync();

        Assert.Equal("Andrés Manuel López Obrador", entity.Name);
        Assert.True(entity.Confirmed);
        Assert.Equal(1, await context.People.CountAsync());
    }

    [Fact]
    public async Task A_match_through_an_alias_adds_the_new_names_as_aliases_and_keys()
    {
        using var database = await WithAmloAsync();
        await using (var context = database.CreateContext())
        {
            await new EntityResolver(context).ResolveAsync(new EntityCandidate(EntityType.Person, "López Obrador", ["AMLO", "Lopez Obrador"], "President of Mexico"));
            await context.SaveChangesAsync();
        }

        await using (var context = database.CreateContext())
        {
            var amlo = await context.People.Include(p => p.Keys).SingleAsync();
            Assert.Equal(["AMLO", "López Obrador", "Lopez Obrador"], amlo.Aliases);
            Assert.Equal("President of Mexico", amlo.Description);
            Assert.Equal(["amlo", "andres manuel lopez obrador", "lopez obrador"], amlo.Keys.Select(k => k.Value).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task The_same_name_of_another_type_is_another_entity()
    {
        using var database = await TemporaryDatabase.CreateMigratedAsync();
        await using var context = database.CreateContext();
        var resolver = new EntityResolver(context);

        var place = await resolver.ResolveAsync(new EntityCandidate(EntityType.Place, "Mexico", []));
        var organization = await resolver.ResolveAsync(new EntityCandidate(EntityType.Organization, "Mexico", []));
        var again = await resolver.ResolveAsync(new EntityCandidate(EntityType.Place, "México", []));
        await context.SaveChangesAsync();

        Assert.IsType<Place>(place);
        Assert.IsType<Organization>(organization);
        Assert.Same(place, again);
        Assert.Equal(2, await context.Entities.CountAsync());
    }

    [Fact]
    public async Task Unsaved_entities_of_the_same_transaction_are_found_too()
    {
        using var database = await TemporaryDatabase.CreateMigratedAsync();
        await using var context = database.CreateContext();
        var resolver = new EntityResolver(context);

        var first = await resolver.ResolveAsync(new EntityCandidate(EntityType.Organization, "The Washington Post", ["Washington Post"], Kind: "newspaper"));
        var second = await resolver.ResolveAsync(new EntityCandidate(EntityType.Organization, "washington post", []));
        await context.SaveChangesAsync();

        Assert.Same(first, second);
        Assert.Equal("newspaper", first.Kind);
        Assert.Equal(1, await context.Organizations.CountAsync());
    }
}
