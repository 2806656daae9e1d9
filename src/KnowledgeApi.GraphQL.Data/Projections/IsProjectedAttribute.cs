namespace KnowledgeApi.GraphQL.Data.Projections;

/// <summary>
/// <c>[IsProjected(true)]</c> always reads the member, even when the request did not select it
/// (a resolver elsewhere needs it); <c>[IsProjected(false)]</c> never does.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class IsProjectedAttribute(bool projected = true) : Attribute
{
    public bool Projected { get; } = projected;
}
