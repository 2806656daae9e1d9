namespace KnowledgeApi.Knowledge.Model;

/// <summary>A named person: an author, a speaker or someone an article mentions.</summary>
public sealed class Person() : Entity(EntityType.Person)
{
    public ICollection<Article> ArticlesWritten { get; } = [];
}
