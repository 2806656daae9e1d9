namespace KnowledgeApi.Knowledge.Model;

/// <summary>Words an article reports someone said, exactly as they stand between the marks.</summary>
public sealed class Quotation
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public Article Article { get; set; } = null!;

    /// <summary>The characters between the quotation marks; parts across paragraphs joined by "\n".</summary>
    public required string Text { get; set; }

    /// <summary>The paragraph where the quotation starts; -1 for the headline.</summary>
    public int ParagraphIndex { get; set; }

    /// <summary>UTF-16 offset of the first quoted character within that paragraph.</summary>
    public int StartOffset { get; set; }

    /// <summary>Length of the quotation's first part within that paragraph.</summary>
    public int Length { get; set; }

    /// <summary>
    /// Every part of the quotation in order, the first one included: its <see cref="Text"/> is
    /// the parts' characters joined by "\n". A one-paragraph quotation has one part.
    /// </summary>
    public List<QuotationPart> Parts { get; set; } = [];

    /// <summary>True for a few quoted words inside the writer's own sentence.</summary>
    public bool IsFragment { get; set; }

    /// <summary>The reporting verb ("said", "tweeted"), when there is one.</summary>
    public string? Verb { get; set; }

    /// <summary>The named speaker: a person or an organization.</summary>
    public int? SpeakerId { get; set; }

    public Entity? Speaker { get; set; }

    /// <summary>An unnamed speaker as the article describes them ("a relative of the victims").</summary>
    public string? SpeakerDescriptor { get; set; }

    /// <summary>
    /// The speaker's name or else the descriptor, stored so it can be filtered and sorted on; a
    /// database trigger keeps it in step when the speaker entity is renamed.
    /// </summary>
    public string? SpeakerName { get; set; }
}
