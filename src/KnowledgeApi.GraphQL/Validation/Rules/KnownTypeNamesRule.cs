using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.GraphQL.Validation.Rules;

/// <summary>
/// Known type names: variable types and type conditions name types the schema has.
/// https://spec.graphql.org/October2021/#sec-Fragment-Spread-Type-Existence
/// </summary>
internal sealed class KnownTypeNamesRule : ValidationRule
{
    public override void EnterNamedType(ValidationContext context, NamedTypeNode node)
    {
        var name = node.Name.Value;
        if (!context.Schema.TryGetType(name, out _))
        {
            context.ReportError(ValidationErrors.Create(
                $"The type `{name}` does not exist in the schema.",
                SpecSections.FragmentSpreadTypeExistence,
                node,
                ("type", name)));
        }
    }
}
