namespace KnowledgeApi.GraphQL.Types;

/// <summary>
/// Turns a C# interface or base class into a GraphQL union; its members are the schema's object
/// types whose CLR class derives from it.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Interface)]
public sealed class UnionTypeAttribute(string? name = null) : Attribute
{
    public string? Name { get; } = name;
}

/// <summary>Turns a C# interface or base class into a GraphQL interface type.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Interface)]
public sealed class InterfaceTypeAttribute(string? name = null) : Attribute
{
    public string? Name { get; } = name;
}
