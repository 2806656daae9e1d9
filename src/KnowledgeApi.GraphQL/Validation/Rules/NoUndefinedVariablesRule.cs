using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.GraphQL.Validation.Rules;

/// <summary>
/// All variable uses defined: every variable an operation uses, in its own selections or in the
/// fragments it reaches, is declared by that operation.
/// https://spec.graphql.org/October2021/#sec-All-Variable-Uses-Defined
/// </summary>
internal sealed class NoUndefinedVariablesRule : ValidationRule
{
    // Checked once the whole document was walked: fragments may be defined after the operation.
    public override void LeaveDocument(ValidationContext context, DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }

            var declared = new HashSet<string>(StringComparer.Ordinal);
            foreach (var variable in operation.VariableDefinitions)
            {
                declared.Add(variable.Variable.Name.Value);
            }

            foreach (var usage in context.GetRecursiveVariableUsages(operation))
            {
                var name = usage.Node.Name.Value;
                if (declared.Contains(name))
                {
                    continue;
                }

                context.ReportError(ValidationErrors.Create(
                    operation.Name is { } operationName
                        ? $"The variable `${name}` is used but the operation `{operationName.Value}` does not declare it."
                        : $"The variable `${name}` is used but the operation does not declare it.",
                    SpecSections.AllVariableUsesDefined,
                    [usage.Node, operation],
                    ("variable", name),
                    ("operation", operation.Name?.Value)));
            }
        }
    }
}
