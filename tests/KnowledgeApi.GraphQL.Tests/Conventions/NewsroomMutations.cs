using KnowledgeApi.GraphQL.Errors;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Tests.Conventions;

// A small mutation schema shaped like the knowledge API's: the convention rewrites every field
// of NewsroomMutation unless it opts out.

public sealed class StoredArticle
{
    public int Id { get; init; }

    public string Title { get; set; } = string.Empty;

    public string SourceName { get; init; } = string.Empty;
}

/// <summary>The articles of one test; a service, so resolvers get it injected rather than as an argument.</summary>
public sealed class ArticleStore
{
    private readonly List<StoredArticle> articles = [];

    public int Writes { get; private set; }

    public IReadOnlyList<StoredArticle> Articles => articles;

    public StoredArticle Add(string title, string sourceName)
    {
        Writes++;
        var article = new StoredArticle { Id = articles.Count + 1, Title = title, SourceName = sourceName };
        articles.Add(article);
        return article;
    }
}

public sealed class ArticleRejectedException(string reason, int length) : Exception($"The article was rejected: {reason}.")
{
    public string Reason { get; } = reason;

    public int Length { get; } = length;
}

public sealed class SourceUnknownException(string sourceName) : Exception($"The source '{sourceName}' is not known.")
{
    public string SourceName { get; } = sourceName;
}

public sealed class NewsroomQuery
{
    public IReadOnlyList<StoredArticle> Articles([Service] ArticleStore store) => store.Articles;
}

public sealed class NewsroomMutation
{
    [Error<ArticleRejectedException>]
    [Error(typeof(SourceUnknownException))]
    public async Task<StoredArticle> IngestArticleAsync(string text, string sourceName, [Service] ArticleStore store, CancellationToken cancellationToken)
    {
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested();
        if (text.Length < 5)
        {
            throw new ArticleRejectedException("too short", text.Length);
        }

        if (sourceName != "Wire")
        {
            throw new SourceUnknownException(sourceName);
        }

        if (text == "crash")
        {
            throw new InvalidOperationException("The store is broken.");
        }

        return store.Add(text, sourceName);
    }

    [Error<SourceUnknownException>]
    public StoredArticle? RenameArticle([ID("StoredArticle")] int id, string title, [Service] ArticleStore store)
    {
        var article = store.Articles.FirstOrDefault(a => a.Id == id);
        if (article is not null)
        {
            article.Title = title;
        }

        return article;
    }

    public StoredArticle Explode(string reason) => throw new InvalidOperationException(reason);

    public bool Ping() => true;

    [UseMutationConvention(Disable = true)]
    public int Count(int by = 1) => by;

    [UseMutationConvention(InputTypeName = "TagInput", PayloadTypeName = "TagResult", PayloadFieldName = "tagged")]
    public string Tag(string label, int? weight) => $"{label}:{weight?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}";
}

/// <summary>Global IDs as <c>Type:id</c>, readable in assertions.</summary>
internal sealed class PlainGlobalIds : IGlobalIdSerializer
{
    public string Format(string typeName, object id) => $"{typeName}:{id}";

    public object Parse(string globalId, string? expectedTypeName, Type runtimeType)
    {
        var parts = globalId.Split(':');
        if (parts.Length != 2 || (expectedTypeName is not null && parts[0] != expectedTypeName))
        {
            throw new GraphQLException($"The ID `{globalId}` is not a valid {expectedTypeName} ID.");
        }

        return Convert.ChangeType(parts[1], runtimeType, System.Globalization.CultureInfo.InvariantCulture);
    }
}
