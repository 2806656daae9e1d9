namespace KnowledgeApi.Ingestion.Extraction;

// The contract between reading (which produces an ArticleText) and extraction (which finds who
// and what is in it). Extraction is pure and deterministic: the same text and gazetteer always
// give the same ExtractedArticle, so its tests can assert exact outputs. Offsets are character
// offsets (UTF-16 indexes, as .NET strings count them) into one paragraph's text.

/// <summary>What extraction reads: the cleaned title and body of one article.</summary>
/// <param name="Title">The headline, cleaned (quotations in a headline are extracted too).</param>
/// <param name="Paragraphs">The cleaned body, in order.</param>
public sealed record ArticleText(string Title, IReadOnlyList<string> Paragraphs);

/// <summary>The kinds of entity the knowledge base links.</summary>
public enum EntityKind
{
    Person,
    Organization,
    Event,
    Place,
}

/// <summary>
/// Where a span of text sits: <see cref="Paragraph"/> is the index into
/// <see cref="ArticleText.Paragraphs"/>, or <see cref="TitleParagraph"/> for the headline.
/// </summary>
public readonly record struct TextSpan(int Paragraph, int Start, int Length)
{
    public const int TitleParagraph = -1;

    public int End => Start + Length;
}

/// <summary>
/// An entity found in one article, before it is resolved against the knowledge base.
/// <see cref="Key"/> identifies it within this extraction (mentions and quotations refer to it).
/// </summary>
public sealed record ExtractedEntity(
    string Key,
    EntityKind Kind,
    string Name,
    IReadOnlyList<string> Aliases,
    string? Description,
    string? Category,
    bool Confirmed,
    DateOnly? StartsOn = null,
    DateOnly? EndsOn = null);

/// <summary>One occurrence of an entity in the text, with the exact surface form used.</summary>
public sealed record ExtractedMention(string EntityKey, TextSpan Span, string SurfaceForm);

/// <summary>
/// Who said a quotation: a known entity (<see cref="EntityKey"/>), or an unnamed speaker kept as
/// the article's own descriptor ("a relative of the slain women and children").
/// </summary>
public sealed record ExtractedSpeaker(string? EntityKey, string? Descriptor);

/// <summary>
/// A quotation: <see cref="Text"/> is exactly the characters between the quotation marks (for a
/// quotation spanning paragraphs, the paragraphs' parts joined with "\n"), <see cref="Span"/> is
/// where it starts.
/// </summary>
public sealed record ExtractedQuotation(
    string Text,
    TextSpan Span,
    IReadOnlyList<TextSpan> Parts,
    bool IsFragment,
    string? Verb,
    ExtractedSpeaker? Speaker);

/// <summary>A relation the text states between two entities ("X, a member of the Y party").</summary>
public sealed record ExtractedLink(string FromKey, string ToKey, string Relation);

/// <summary>Everything extraction found in one article.</summary>
public sealed record ExtractedArticle(
    IReadOnlyList<ExtractedEntity> Entities,
    IReadOnlyList<ExtractedMention> Mentions,
    IReadOnlyList<ExtractedQuotation> Quotations,
    IReadOnlyList<ExtractedLink> Links)
{
    public static ExtractedArticle Empty { get; } = new([], [], [], []);
}

/// <summary>Finds entities, mentions and quotations in an article's text.</summary>
public interface IArticleExtractor
{
    ExtractedArticle Extract(ArticleText article);
}
