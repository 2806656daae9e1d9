using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Data.Projections;

/// <summary>
/// The selections on the entity type beneath a field, looking through the wrappers paging adds:
/// a connection's <c>nodes</c> and <c>edges { node }</c>, a segment's <c>items</c>. Both ways of
/// reaching the entity are merged, so one projection serves them.
/// </summary>
internal static class EntitySelections
{
    public static IReadOnlyList<ISelection>? Find(IResolverContext context, ObjectType entityType)
    {
        if (context is not ISelectionContext || context.Field.Type.NamedType() is not ObjectType fieldType)
        {
            return null;
        }

        var top = context.GetSelections(fieldType);
        if (fieldType == entityType)
        {
            return top;
        }

        var found = new List<ISelection>();
        foreach (var selection in top)
        {
            switch (selection.Field.Name)
            {
                case "nodes" or "items" when selection.Field.Type.NamedType() == entityType:
                    found.AddRange(context.GetSelections(entityType, selection));
                    break;
                case "edges" when selection.Field.Type.NamedType() is ObjectType edgeType:
                    foreach (var node in context.GetSelections(edgeType, selection).Where(s => s.Field.Name == "node"))
                    {
                        found.AddRange(context.GetSelections(entityType, node));
                    }

                    break;
            }
        }

        return found;
    }
}
