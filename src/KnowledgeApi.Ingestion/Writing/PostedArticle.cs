using System.Text;
using KnowledgeApi.Ingestion.Reading;
using KnowledgeApi.Ingestion.Writing.Errors;

namespace KnowledgeApi.Ingestion.Writing;

/// <summary>
/// Turns posted text into the <see cref="ArticleDocument"/> a file of that name would give: the
/// same reading and cleaning steps, so posting an article and ingesting it as a file store the
/// same rows. Problems become the writer's typed errors instead of a reading error about a file.
/// </summary>
internal static class PostedArticle
{
    /// <summary>The longest source name: the column's length, as for a file name.</summary>
    public const int MaxSourceNameLength = 260;

    /// <summary>
    /// The longest text accepted, about a hundred times a long news article: extraction's time
    /// grows with the text, and one post must not hold the extractor for minutes.
    /// </summary>
    public const int MaxTextLength = 1_000_000;

    public static ArticleDocument Read(string text, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        var name = ValidSourceName(sourceName);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArticleTextEmptyException("The article text is empty: expected a '# Title' line and at least one paragraph.");
        }

        if (text.Length > MaxTextLength)
        {
            throw new ArticleTextInvalidException($"The article text is {text.Length} characters long; at most {MaxTextLength} are accepted.");
        }

        try
        {
            return CleanStep.Clean(ReadFileStep.Parse(name, Encoding.UTF8.GetBytes(text)));
        }
        catch (ArticleReadException error) when (error.Reason.Contains("NUL", StringComparison.Ordinal) || error.Reason.Contains("UTF-8", StringComparison.Ordinal))
        {
            throw new ArticleTextInvalidException($"The article text cannot be read: line {error.Line} {error.Reason}.", error);
        }
        catch (ArticleReadException error)
        {
            // No title, an empty title or no paragraph under it: there is no article to store.
            throw new ArticleTextEmptyException($"The article text has no article in it: line {error.Line} {error.Reason}.", error);
        }
    }

    private static string ValidSourceName(string sourceName)
    {
        var name = sourceName.Trim();
        if (name.Length == 0)
        {
            throw new SourceNameInvalidException("The source name is empty; give the article a file-like name (\"2026-11-28-tariffs.md\") to find it again on re-ingest.");
        }

        if (name.Length > MaxSourceNameLength)
        {
            throw new SourceNameInvalidException($"The source name is {name.Length} characters long; at most {MaxSourceNameLength} are allowed.");
        }

        if (name.IndexOfAny(['/', '\\']) >= 0 || name.Any(char.IsControl))
        {
            throw new SourceNameInvalidException("The source name must be a plain name without folders or control characters, like a file name.");
        }

        return name;
    }
}
