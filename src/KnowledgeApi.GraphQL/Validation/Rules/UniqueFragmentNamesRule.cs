using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.GraphQL.Validation.Rules;

/// <summary>
/// Fragment name uniqueness: no two fragments of a document share a name, so a spread names
/// exactly one. https://spec.graphql.org/October2021/#sec-Fragment-Name-Uniqueness
/// </summary>
internal sealed class UniqueFragmentNamesRule : ValidationRule
{
    private readonly Dictionary<string, NameNode> known = new(StringComparer.Ordinal);

    public override void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode node)
    {
        var name = node.Name;
        if (known.TryGetValue(name.Value, out var first))
        {
            context.ReportError(ValidationErrors.Create(
                $"The document defines more than one fragment named `{name.Value}`; fragment names must be unique.",
                SpecSections.FragmentNameUniqueness,
                [first, name],
                ("fragment", name.Value)));
        }
        else
        {
            known[name.Value] = name;
        }
    }
}
