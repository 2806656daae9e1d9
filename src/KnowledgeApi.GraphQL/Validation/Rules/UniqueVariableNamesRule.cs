using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.GraphQL.Validation.Rules;

/// <summary>
/// Variable uniqueness: an operation declares each variable name once.
/// https://spec.graphql.org/October2021/#sec-Variable-Uniqueness
/// </summary>
internal sealed class UniqueVariableNamesRule : ValidationRule
{
    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node)
    {
        var definitions = node.VariableDefinitions;
        for (var i = 0; i < definitions.Count; i++)
        {
            var name = definitions[i].Variable.Name.Value;
            if (IndexOf(definitions, name) != i)
            {
                continue; // reported with the first definition of the name
            }

            var duplicates = new List<ISyntaxNode>();
            for (var j = i; j < definitions.Count; j++)
            {
                if (definitions[j].Variable.Name.Value == name)
                {
                    duplicates.Add(definitions[j].Variable.Name);
                }
            }

            if (duplicates.Count > 1)
            {
                context.ReportError(ValidationErrors.Create(
                    $"The variable `${name}` is declared more than once; each variable may be declared only once.",
                    SpecSections.VariableUniqueness,
                    duplicates,
                    ("variable", name),
                    ("variableType", definitions[i].Type.ToString())));
            }
        }
    }

    private static int IndexOf(IReadOnlyList<VariableDefinitionNode> definitions, string name)
    {
        for (var i = 0; i < definitions.Count; i++)
        {
            if (definitions[i].Variable.Name.Value == name)
            {
                return i;
            }
        }

        return -1;
    }
}
