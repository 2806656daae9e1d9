namespace KnowledgeApi.GraphQL.Types;

/// <summary>One value of an enum type and the CLR value it stands for.</summary>
public sealed class EnumValue : IHasName
{
    internal EnumValue(string name, string? description, string? deprecationReason, object runtimeValue)
    {
        Name = name;
        Description = description;
        DeprecationReason = deprecationReason;
        RuntimeValue = runtimeValue;
    }

    public string Name { get; }

    public string? Description { get; }

    public string? DeprecationReason { get; }

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The CLR enum member (or any value a fluent descriptor chose).</summary>
    public object RuntimeValue { get; }

    public override string ToString() => Name;
}
