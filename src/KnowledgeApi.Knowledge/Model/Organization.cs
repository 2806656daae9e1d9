namespace KnowledgeApi.Knowledge.Model;

/// <summary>A newspaper, party, agency, company...; <see cref="Entity.Kind"/> says which.</summary>
public sealed class Organization() : Entity(EntityType.Organization)
{
    public ICollection<Article> ArticlesPublished { get; } = [];
}
