using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.GraphQL.Validation.Rules;

/// <summary>
/// All variables used: every variable an operation declares is used by it or by a fragment it
/// reaches. https://spec.graphql.org/October2021/#sec-All-Variables-Used
/// </summary>
internal sealed class NoUnusedVariablesRule : ValidationRule
{
    public override void LeaveDocument(ValidationContext context, DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is not OperationDefinitionNode { VariableDefinitions.Count: > 0 } operation)
            {
                continue;
            }

            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var usage in context.GetRecursiveVariableUsages(operation))
            {
                used.Add(usage.Node.Name.Value);
            }

            foreach (var variable in operation.VariableDefinitions)
            {
                var name = variable.Variable.Name.Value;
                if (used.Contains(name))
                {
                    continue;
                }

                context.ReportError(ValidationErrors.Create(
                    operation.Name is { } operationName
                        ? $"The variable `${name}` is declared but never used by the operation `{operationName.Value}`."
                        : $"The variable `${name}` is declared but never used by the operation.",
                    SpecSections.AllVariablesUsed,
                    variable,
                    ("variable", name),
                    ("operation", operation.Name?.Value)));
            }
        }
    }
}
