namespace KnowledgeApi.Knowledge.Model;

/// <summary>
/// Where one part of a quotation stands: a quotation running over several paragraphs has one
/// part per paragraph (each opens with its own mark; only the last closes).
/// </summary>
public sealed class QuotationPart
{
    /// <summary>The paragraph index; -1 for the headline.</summary>
    public int ParagraphIndex { get; set; }

    /// <summary>UTF-16 offset of the part's first quoted character within that paragraph.</summary>
    public int StartOffset { get; set; }

    /// <summary>The part's length in UTF-16 code units.</summary>
    public int Length { get; set; }
}
