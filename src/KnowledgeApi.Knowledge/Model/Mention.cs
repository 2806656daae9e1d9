namespace KnowledgeApi.Knowledge.Model;

/// <summary>One place where an article names an entity, with the words it used.</summary>
public sealed class Mention
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    public Article Article { get; set; } = null!;

    public int EntityId { get; set; }

    public Entity Entity { get; set; } = null!;

    /// <summary>The paragraph index; -1 for the headline.</summary>
    public int ParagraphIndex { get; set; }

    public int StartOffset { get; set; }

    public int Length { get; set; }

    /// <summary>The exact text used ("AMLO", "the Mexican president").</summary>
    public required string SurfaceForm { get; set; }
}
