using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Data.Sorting;

/// <summary>Creates the sort input types of one schema build and shares them (one <c>XSortInput</c> per entity).</summary>
public sealed class SortTypeFactory
{
    private const string ContextKey = "KnowledgeApi.GraphQL.Data.SortTypes";

    private readonly Dictionary<Type, SortInputType> inputs = [];

    private SortTypeFactory(DataTypeConfigurations? configurations, Execution.Analysis.CostOptions? cost)
    {
        Configurations = configurations;
        Cost = cost;
    }

    /// <summary>The cost options whose default weights the sort types carry; null when cost defaults are off.</summary>
    internal Execution.Analysis.CostOptions? Cost { get; }

    /// <summary>Ignored properties per entity; null when the host configured none.</summary>
    internal DataTypeConfigurations? Configurations { get; }

    public static SortTypeFactory For(IDescriptorContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.ContextData.TryGetValue(ContextKey, out var stored) && stored is SortTypeFactory existing)
        {
            return existing;
        }

        var created = new SortTypeFactory(context.Services.GetService(typeof(DataTypeConfigurations)) as DataTypeConfigurations, Execution.Analysis.CostDefaults.Of(context));
        context.ContextData[ContextKey] = created;
        return created;
    }

    public SortInputType SortInput(Type entityType)
    {
        ArgumentNullException.ThrowIfNull(entityType);
        if (!inputs.TryGetValue(entityType, out var type))
        {
            type = new SortInputType(DataMemberInspector.TypeName(entityType) + "SortInput", entityType, this);
            inputs[entityType] = type;
        }

        return type;
    }

    /// <summary>Values a database orders by: numbers, text, dates, UUIDs, booleans and enums.</summary>
    internal static bool IsLeaf(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(Guid)
        || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(DateOnly) || type == typeof(TimeOnly)
        || type == typeof(TimeSpan);

    /// <summary>A referenced entity (not a collection, not a framework type).</summary>
    internal static bool IsEntity(Type type) =>
        type.IsClass && type != typeof(string) && DataMemberInspector.SequenceElementType(type) is null
        && type.Namespace?.StartsWith("System", StringComparison.Ordinal) != true && !typeof(Delegate).IsAssignableFrom(type);
}
