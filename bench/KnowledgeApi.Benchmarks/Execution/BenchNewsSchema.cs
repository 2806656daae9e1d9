using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.Benchmarks.Execution;

// A newsroom-sized schema for the execution benchmarks: an interface, a union, enums, inputs and
// a few dozen fields, so introspection has real work. graphql-js runs the same schema from
// Documents/schema.graphql (kept equal to this one by BenchNews.CheckSdl).

public enum Section
{
    World,
    Politics,
    Business,
    Science,
    Culture,
}

public enum EntityKind
{
    Person,
    Organization,
    Place,
    Event,
}

/// <summary>Anything the knowledge base knows about.</summary>
[InterfaceType("Entity")]
public interface IEntity
{
    [ID]
    string Id { get; }

    string Name { get; }

    EntityKind Kind { get; }

    IReadOnlyList<string> Aliases { get; }
}

[UnionType("SearchHit")]
public interface ISearchHit;

public sealed class Person : IEntity, ISearchHit
{
    [ID]
    public string Id { get; init; } = "p1";

    public string Name { get; init; } = "Ada Example";

    public EntityKind Kind => EntityKind.Person;

    public IReadOnlyList<string> Aliases { get; init; } = ["A. Example"];

    public string? Nationality { get; init; } = "Utopian";

    public DateTimeOffset? BornAt { get; init; }

    public Organization? Employer { get; init; }
}

public sealed class Organization : IEntity, ISearchHit
{
    [ID]
    public string Id { get; init; } = "o1";

    public string Name { get; init; } = "Example Corp";

    public EntityKind Kind => EntityKind.Organization;

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public string? Website { get; init; }

    public int? Employees { get; init; }
}

/// <summary>A sentence someone said, as reported in an article.</summary>
public sealed class Quotation
{
    [ID]
    public string Id { get; init; } = "q1";

    public string Text { get; init; } = "We will see.";

    public Person? Speaker { get; init; }

    public double Confidence { get; init; } = 0.9;
}

public sealed class Article : ISearchHit
{
    [ID]
    public string Id { get; init; } = "a1";

    public string Title { get; init; } = "Something happened";

    public string? Summary { get; init; }

    public Section Section { get; init; }

    public DateTimeOffset PublishedAt { get; init; } = new(2024, 5, 1, 8, 0, 0, TimeSpan.Zero);

    public IReadOnlyList<IEntity> Mentions { get; init; } = [];

    public IReadOnlyList<Quotation> Quotations { get; init; } = [];

    [GraphQLDeprecated("Use summary.")]
    public string? Teaser => Summary;

    public int WordCount(bool includeQuotes = true) => includeQuotes ? 420 : 380;
}

public sealed record ArticleFilter(string? TitleContains, IReadOnlyList<Section>? Sections, DateTimeOffset? After);

public sealed record Paging(int First = 10, string? After = null);

public sealed class BenchNewsQuery
{
    public Article? Article([ID] string id) => BenchNews.Articles.FirstOrDefault(a => a.Id == id);

    public IReadOnlyList<Article> Articles(ArticleFilter? where = null, Paging? paging = null) => BenchNews.Articles;

    public IEntity? Entity([ID] string id) => BenchNews.Entities.FirstOrDefault(e => e.Id == id);

    public IReadOnlyList<ISearchHit> Search(string text, int limit = 20) => [.. BenchNews.Articles.Cast<ISearchHit>().Take(limit)];

    public string Version => "1.0.0";
}

public sealed class BenchNewsMutation
{
    public Article? RenameArticle([ID] string id, string title) => null;
}

public static class BenchNews
{
    private static readonly Organization Org = new() { Id = "o1", Name = "Example Corp", Website = "https://example.org", Employees = 120 };
    private static readonly Person Ada = new() { Id = "p1", Name = "Ada Example", Employer = Org };

    public static IReadOnlyList<IEntity> Entities { get; } = [Ada, Org];

    public static IReadOnlyList<Article> Articles { get; } =
    [
        .. Enumerable.Range(1, 10).Select(i => new Article
        {
            Id = $"a{i}",
            Title = $"Article number {i}",
            Summary = "A summary.",
            Section = (Section)(i % 5),
            Mentions = [Ada, Org],
            Quotations = [new Quotation { Id = $"q{i}", Speaker = Ada }],
        }),
    ];

    public static Schema CreateSchema() => SchemaBuilder.New()
        .AddQueryType<BenchNewsQuery>()
        .AddMutationType<BenchNewsMutation>()
        .AddType<Person>()
        .AddType<Organization>()
        .ModifyOptions(o => o.Description = "The newsroom benchmark schema.")
        .Create();

    /// <summary>Documents/schema.graphql must be this schema's SDL; UPDATE_SNAPSHOTS=1 rewrites it.</summary>
    public static void CheckSdl(Schema schema, string path)
    {
        var sdl = SchemaPrinter.Print(schema);
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, sdl);
            return;
        }

        if (!File.Exists(path) || File.ReadAllText(path) != sdl)
        {
            throw new InvalidOperationException($"{path} differs from the benchmark schema; rerun with UPDATE_SNAPSHOTS=1.");
        }
    }
}
