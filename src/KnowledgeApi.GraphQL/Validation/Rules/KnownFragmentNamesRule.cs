using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.GraphQL.Validation.Rules;

/// <summary>
/// Fragment spread target defined: every spread names a fragment the document defines.
/// https://spec.graphql.org/October2021/#sec-Fragment-spread-target-defined
/// </summary>
internal sealed class KnownFragmentNamesRule : ValidationRule
{
    public override void EnterFragmentSpread(ValidationContext context, FragmentSpreadNode node)
    {
        var name = node.Name.Value;
        if (context.GetFragment(name) is null)
        {
            context.ReportError(ValidationErrors.Create(
                $"The fragment `{name}` is spread here but the document does not define it.",
                SpecSections.FragmentSpreadTargetDefined,
                node.Name,
                ("fragment", name)));
        }
    }
}
