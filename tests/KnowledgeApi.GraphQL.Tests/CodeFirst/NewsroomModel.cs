using System.Reflection;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Tests.CodeFirst;

// A small newsroom described with plain C# classes, the way an application would write it:
// every inference rule of the code-first builder is exercised by something below.

public sealed class NewsroomQuery
{
    /// <summary>The articles, newest first.</summary>
    public async Task<IReadOnlyList<Article>> GetArticlesAsync(ArticleRepository repository, int first = 10, CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        return repository.Latest(first, cancellationToken);
    }

    public ValueTask<Article?> GetArticleAsync([ID] string id, [Service] ArticleRepository repository) => new(repository.Find(id));

    public IEnumerable<ISearchResult> Search(string text, SearchOptions? options = null) => [];

    public IEntity? Entity([ID] string id) => null;

    public Section CurrentSection => Section.WorldNews;

    public int? ReadersOnline => null;

    [Obsolete("Use articles instead.")]
    public Article[] AllArticles() => [];

    [GraphQLIgnore]
    public string Secret => "hidden";
}

public sealed class NewsroomMutation
{
    public Article PublishArticle(PublishArticleInput input, [Service] ArticleRepository repository) => repository.Publish(input);

    public bool Retract(ArticleReference article) => true;
}

/// <summary>Anything the knowledge base holds a page about.</summary>
[InterfaceType]
public interface IEntity
{
    [ID]
    string Id { get; }

    string DisplayName { get; }
}

[GraphQLDescription("A person quoted or mentioned in articles.")]
public sealed class Person : IEntity, ISearchResult
{
    [ID]
    public required string Id { get; init; }

    public required string DisplayName { get; init; }

    public string? Role { get; init; }

    public DateOnly? BornOn { get; init; }
}

public sealed class Organization : IEntity, ISearchResult
{
    [ID]
    public required string Id { get; init; }

    public required string DisplayName { get; init; }

    public Uri? Website { get; init; }

    public long EmployeeCount { get; init; }
}

/// <summary>A news article.</summary>
public sealed class Article : ISearchResult
{
    public required string Id { get; init; }

    /// <summary>The headline.</summary>
    public required string Title { get; init; }

    public string? Subtitle { get; init; }

    public Guid ExternalId { get; init; }

    public DateTimeOffset PublishedAt { get; init; }

    public decimal? Score { get; init; }

    public double Sentiment { get; init; }

    public Section Section { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public List<string?> Keywords { get; init; } = [];

    public IReadOnlyList<Person> Authors { get; init; } = [];

    [GraphQLDeprecated("Use authors.")]
    public Person? Author => Authors.Count > 0 ? Authors[0] : null;

    public IEnumerable<Quotation> GetQuotations(int? limit, QuotationKind kind = QuotationKind.DirectSpeech) => [];

    public Task<int> WordCountAsync(CancellationToken cancellationToken) => Task.FromResult(Title.Length);

    [GraphQLName("url")]
    [GraphQLType("String!")]
    public string Link => "https://example.org/" + Id;
}

public sealed class Quotation
{
    public required string Text { get; init; }

    public required Person Speaker { get; init; }

    public QuotationKind Kind { get; init; }

    [UseUpperCase]
    public string Excerpt => Text.Length > 20 ? Text[..20] : Text;
}

[UnionType("SearchResult")]
public interface ISearchResult;

public enum Section
{
    WorldNews,
    Business,
    [GraphQLDescription("Opinion pieces.")]
    Opinion,
    [Obsolete("Sports moved to its own site.")]
    Sports,
}

public enum QuotationKind
{
    DirectSpeech,
    IndirectSpeech,
}

/// <summary>Filters for a search.</summary>
public sealed record SearchOptions(int Limit = 20, IReadOnlyList<Section>? Sections = null, bool IncludeRetracted = false);

public sealed class PublishArticleInput
{
    public required string Title { get; init; }

    public string? Subtitle { get; init; }

    public Section Section { get; init; } = Section.WorldNews;

    public IReadOnlyList<string> Tags { get; init; } = [];

    [GraphQLDeprecated("Sections replace categories.")]
    public string? Category { get; init; }
}

/// <summary>Points at an article either by id or by its URL.</summary>
public sealed class ArticleReference
{
    [ID]
    public string? Id { get; init; }

    public string? Url { get; init; }
}

public sealed class ArticleReferenceType : InputObjectType<ArticleReference>
{
    protected override void Configure(IInputObjectTypeDescriptor<ArticleReference> descriptor) =>
        descriptor.OneOf().Description("Exactly one way to find an article.");
}

/// <summary>A fluent descriptor for Person: renames, describes, ignores and adds a computed field.</summary>
public sealed class PersonType : ObjectType<Person>
{
    protected override void Configure(IObjectTypeDescriptor<Person> descriptor)
    {
        descriptor.Description("Someone in the news.");
        descriptor.Field(p => p.Role).Name("jobTitle").Description("What the person does, as articles put it.");
        descriptor.Field(p => p.BornOn).Ignore();
        descriptor.Field("initials")
            .Type<NonNullType<StringType>>()
            .Resolve(ctx => string.Concat(ctx.Parent<Person>().DisplayName.Split(' ').Select(w => w[0])));
        descriptor.Field("mentions")
            .Argument("since", a => a.Type<DateTimeType>().Description("Only mentions after this moment."))
            .Type<NonNullType<ListType<NonNullType<ObjectType<Article>>>>>()
            .Resolve(_ => Array.Empty<Article>());
    }
}

public sealed class ArticleRepository
{
    private readonly List<Article> articles = [];

    public IReadOnlyList<Article> Latest(int count, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return articles.Take(count).ToList();
    }

    public Article? Find(string id) => articles.Find(a => a.Id == id);

    public Article Publish(PublishArticleInput input)
    {
        var article = new Article { Id = (articles.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Title = input.Title };
        articles.Add(article);
        return article;
    }
}

/// <summary>A custom directive definition, as an application would declare one.</summary>
public sealed class CacheControlDirectiveType : DirectiveType
{
    protected override void Configure(IDirectiveTypeDescriptor descriptor) => descriptor
        .Name("cacheControl")
        .Description("How long a response may be cached.")
        .Location(DirectiveLocation.FieldDefinition)
        .Location(DirectiveLocation.Object)
        .Argument("maxAge", a => a.Type<IntType>().DefaultValue(60))
        .Argument("scope", a => a.Type<CacheScopeType>());
}

public enum CacheScope
{
    Public,
    Private,
}

public sealed class CacheScopeType : EnumType<CacheScope>;

/// <summary>A field attribute in the shape [UsePaging] and [UseFiltering] will have: adds an argument and middleware.</summary>
public sealed class UseUpperCaseAttribute([System.Runtime.CompilerServices.CallerLineNumber] int order = 0) : ObjectFieldDescriptorAttribute(order)
{
    protected override void OnConfigure(IDescriptorContext context, IObjectFieldDescriptor descriptor, MemberInfo member) =>
        descriptor
            .Argument("upper", a => a.Type<BooleanType>().DefaultValue(true))
            .Use(next => async ctx =>
            {
                await next(ctx);
                if (ctx.Result is string text && ctx.ArgumentValue<bool?>("upper") == true)
                {
                    ctx.Result = text.ToUpperInvariant();
                }
            });
}
