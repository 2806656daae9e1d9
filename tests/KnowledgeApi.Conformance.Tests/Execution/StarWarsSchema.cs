using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.Conformance.Tests.Execution;

// The conformance schema: graphql-js's classic Star Wars example, grown with the cases execution
// must agree on (defaults, list and input coercion, a union, async fields, failing fields).
// Every field has a C# resolver here; tests/js/ops/execute.mjs gives graphql-js the same
// resolvers over the same data (StarWarsData.ForJavaScript), on the schema we print.

public enum Episode
{
    NewHope,
    Empire,
    Jedi,
}

[InterfaceType("Character")]
public interface ICharacter
{
    [ID]
    string Id { get; }

    string Name { get; }

    IReadOnlyList<ICharacter?>? Friends { get; }

    IReadOnlyList<Episode?>? AppearsIn { get; }
}

[UnionType("SearchResult")]
public interface ISearchResult;

public sealed class Human : ICharacter, ISearchResult
{
    [ID]
    public string Id { get; init; } = string.Empty;

    public string Name { get; init; } = string.Empty;

    public IReadOnlyList<string> FriendIds { get; init; } = [];

    public IReadOnlyList<ICharacter?>? Friends => [.. FriendIds.Select(StarWarsData.Character)];

    public IReadOnlyList<Episode?>? AppearsIn { get; init; }

    public string? HomePlanet { get; init; }

    public double? Height { get; init; }

    /// <summary>Always fails, as in graphql-js's example.</summary>
    public string? SecretBackstory => throw new InvalidOperationException("secretBackstory is secret.");

    /// <summary>A list of non-null characters with a null inside.</summary>
    public IReadOnlyList<ICharacter>? BrokenFriends => [StarWarsData.Character(FriendIds[0])!, null!];
}

public sealed class Droid : ICharacter, ISearchResult
{
    [ID]
    public string Id { get; init; } = string.Empty;

    public string Name { get; init; } = string.Empty;

    public IReadOnlyList<string> FriendIds { get; init; } = [];

    public IReadOnlyList<ICharacter?>? Friends => [.. FriendIds.Select(StarWarsData.Character)];

    public IReadOnlyList<Episode?>? AppearsIn { get; init; }

    public string? PrimaryFunction { get; init; }

    /// <summary>A non-null field that resolves to null.</summary>
    public string NonNullFailing => null!;

    public async Task<string?> SlowName()
    {
        await Task.Yield();
        return Name;
    }
}

public sealed class Starship : ISearchResult
{
    [ID]
    public string Id { get; init; } = string.Empty;

    public string Name { get; init; } = string.Empty;

    public double Length { get; init; }
}

public sealed record ReviewInput(int Stars, string? Commentary = null, IReadOnlyList<string>? Tags = null);

public sealed class Review
{
    public int Stars { get; init; }

    public string? Commentary { get; init; }

    public IReadOnlyList<string>? Tags { get; init; }
}

public sealed class StarWarsQuery
{
    public ICharacter? Hero(Episode? episode = null) =>
        episode == Episode.Empire ? StarWarsData.Character("1000") : StarWarsData.Character("2001");

    public IReadOnlyList<ICharacter?> Heroes(IReadOnlyList<Episode>? episodes = null) =>
        [.. (episodes ?? []).Select(e => Hero(e))];

    public Human? Human([ID] string id) => StarWarsData.Humans.FirstOrDefault(h => h.Id == id);

    public Droid? Droid([ID] string id) => StarWarsData.Droids.FirstOrDefault(d => d.Id == id);

    public IReadOnlyList<ICharacter> Characters() => [.. StarWarsData.Humans, .. StarWarsData.Droids];

    public IReadOnlyList<ISearchResult?>? Search(string text) =>
    [
        .. StarWarsData.Humans.Where(h => h.Name.Contains(text, StringComparison.Ordinal)),
        .. StarWarsData.Droids.Where(d => d.Name.Contains(text, StringComparison.Ordinal)),
        .. StarWarsData.Starships.Where(s => s.Name.Contains(text, StringComparison.Ordinal)),
    ];

    public string? Echo(string? text = "default") => text ?? "<null>";

    public int? Sum(IReadOnlyList<int>? numbers = null) => numbers?.Sum();

    public Review? Review(ReviewInput input) => new() { Stars = input.Stars, Commentary = input.Commentary, Tags = input.Tags };

    public async Task<ICharacter?> SlowHero()
    {
        await Task.Delay(1);
        return StarWarsData.Character("1000");
    }

    public string? Failing() => throw new InvalidOperationException("failing fails.");
}

public sealed class StarWarsMutation
{
    public Review? CreateReview(Episode episode, ReviewInput review) =>
        new() { Stars = review.Stars, Commentary = $"{episode}:{review.Commentary}", Tags = review.Tags };
}

public static class StarWarsData
{
    public static IReadOnlyList<Human> Humans { get; } =
    [
        new() { Id = "1000", Name = "Luke Skywalker", FriendIds = ["1002", "1003", "2000", "2001"], AppearsIn = [Episode.NewHope, Episode.Empire, Episode.Jedi], HomePlanet = "Tatooine", Height = 1.72 },
        new() { Id = "1001", Name = "Darth Vader", FriendIds = ["1004"], AppearsIn = [Episode.NewHope, Episode.Empire, Episode.Jedi], HomePlanet = "Tatooine", Height = 2.02 },
        new() { Id = "1002", Name = "Han Solo", FriendIds = ["1000", "1003", "2001"], AppearsIn = [Episode.NewHope, Episode.Empire, Episode.Jedi], Height = 1.8 },
        new() { Id = "1003", Name = "Leia Organa", FriendIds = ["1000", "1002", "2000", "2001"], AppearsIn = [Episode.NewHope, Episode.Empire, Episode.Jedi], HomePlanet = "Alderaan", Height = 1.5 },
        new() { Id = "1004", Name = "Wilhuff Tarkin", FriendIds = ["1001"], AppearsIn = [Episode.NewHope] },
    ];

    public static IReadOnlyList<Droid> Droids { get; } =
    [
        new() { Id = "2000", Name = "C-3PO", FriendIds = ["1000", "1002", "1003", "2001"], AppearsIn = [Episode.NewHope, Episode.Empire, Episode.Jedi], PrimaryFunction = "Protocol" },
        new() { Id = "2001", Name = "R2-D2", FriendIds = ["1000", "1002", "1003"], AppearsIn = [Episode.NewHope, Episode.Empire, Episode.Jedi], PrimaryFunction = "Astromech" },
    ];

    public static IReadOnlyList<Starship> Starships { get; } =
    [
        new() { Id = "3000", Name = "Millennium Falcon", Length = 34.37 },
        new() { Id = "3001", Name = "X-Wing", Length = 12.5 },
    ];

    public static ICharacter? Character(string id) =>
        (ICharacter?)Humans.FirstOrDefault(h => h.Id == id) ?? Droids.FirstOrDefault(d => d.Id == id);

    /// <summary>The same data for graphql-js: plain objects with <c>__typename</c> (its default type resolver reads it) and friend ids.</summary>
    public static object ForJavaScript() => new
    {
        humans = Humans.Select(h => new Dictionary<string, object?>
        {
            ["__typename"] = "Human", ["id"] = h.Id, ["name"] = h.Name, ["friendIds"] = h.FriendIds,
            ["appearsIn"] = h.AppearsIn?.Select(EpisodeName), ["homePlanet"] = h.HomePlanet, ["height"] = h.Height,
        }),
        droids = Droids.Select(d => new Dictionary<string, object?>
        {
            ["__typename"] = "Droid", ["id"] = d.Id, ["name"] = d.Name, ["friendIds"] = d.FriendIds,
            ["appearsIn"] = d.AppearsIn?.Select(EpisodeName), ["primaryFunction"] = d.PrimaryFunction,
        }),
        starships = Starships.Select(s => new Dictionary<string, object?>
        {
            ["__typename"] = "Starship", ["id"] = s.Id, ["name"] = s.Name, ["length"] = s.Length,
        }),
    };

    private static string? EpisodeName(Episode? episode) => episode switch
    {
        Episode.NewHope => "NEW_HOPE",
        Episode.Empire => "EMPIRE",
        Episode.Jedi => "JEDI",
        _ => null,
    };

    public static Schema CreateSchema() => SchemaBuilder.New()
        .AddQueryType<StarWarsQuery>()
        .AddMutationType<StarWarsMutation>()
        .AddType<Human>()
        .AddType<Droid>()
        .AddType<Starship>()
        .Create();
}
