using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.GraphQL.Validation.Rules;

/// <summary>
/// Operation name uniqueness: no two operations of a document share a name, so a request can
/// pick one by name. https://spec.graphql.org/October2021/#sec-Operation-Name-Uniqueness
/// </summary>
internal sealed class UniqueOperationNamesRule : ValidationRule
{
    private readonly Dictionary<string, NameNode> known = new(StringComparer.Ordinal);

    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node)
    {
        if (node.Name is not { } name)
        {
            return;
        }

        if (known.TryGetValue(name.Value, out var first))
        {
            context.ReportError(ValidationErrors.Create(
                $"The document defines more than one operation named `{name.Value}`; operation names must be unique.",
                SpecSections.OperationNameUniqueness,
                [first, name],
                ("operation", name.Value)));
        }
        else
        {
            known[name.Value] = name;
        }
    }
}
