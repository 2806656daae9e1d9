using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.GraphQL.Validation.Rules;

/// <summary>
/// Fragments must be used: every fragment is reached from some operation, directly or through
/// other fragments. https://spec.graphql.org/October2021/#sec-Fragments-Must-Be-Used
/// </summary>
internal sealed class NoUnusedFragmentsRule : ValidationRule
{
    public override void LeaveDocument(ValidationContext context, DocumentNode node)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in node.Definitions)
        {
            if (definition is OperationDefinitionNode operation)
            {
                foreach (var fragment in context.GetRecursivelyReferencedFragments(operation))
                {
                    used.Add(fragment.Name.Value);
                }
            }
        }

        foreach (var definition in node.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment && !used.Contains(fragment.Name.Value))
            {
                context.ReportError(ValidationErrors.Create(
                    $"The fragment `{fragment.Name.Value}` is never used by an operation.",
                    SpecSections.FragmentsMustBeUsed,
                    fragment,
                    ("fragment", fragment.Name.Value)));
            }
        }
    }
}
