using System.Collections.Concurrent;
using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Execution.Planning;

/// <summary>
/// The executable form of one operation of a cached document: its root type, its fragments by
/// name, and the selection sets collected so far (filled lazily, shared by every request that
/// runs the operation).
/// </summary>
internal sealed class OperationPlan
{
    private readonly ConcurrentDictionary<ObjectType, SelectionSetPlan> rootSelections = new();

    public OperationPlan(Schema schema, DocumentNode document, OperationDefinitionNode operation, ObjectType rootType)
    {
        Schema = schema;
        Document = document;
        Operation = operation;
        RootType = rootType;
        Fragments = document.Definitions.OfType<FragmentDefinitionNode>()
            .GroupBy(f => f.Name.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    public OperationDefinitionNode Operation { get; }

    public ObjectType RootType { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    /// <summary>The root selection set for this request's variables.</summary>
    public SelectionSetPlan GetRootSelections(IReadOnlyDictionary<string, object?> variables)
    {
        if (rootSelections.TryGetValue(RootType, out var cached))
        {
            return cached;
        }

        var plan = FieldCollector.Collect(this, RootType, [Operation.SelectionSet], variables, out var dependsOnVariables);
        if (!dependsOnVariables)
        {
            rootSelections.TryAdd(RootType, plan);
        }

        return plan;
    }

    /// <summary>The selections beneath <paramref name="parent"/> for the object type a value resolved to.</summary>
    public SelectionSetPlan GetChildSelections(Selection parent, ObjectType type, IReadOnlyDictionary<string, object?> variables)
    {
        if (parent.TryGetChildren(type, out var cached))
        {
            return cached!;
        }

        var plan = FieldCollector.Collect(this, type, parent.SubSelectionSets, variables, out var dependsOnVariables);
        if (!dependsOnVariables)
        {
            parent.CacheChildren(type, plan);
        }

        return plan;
    }
}
