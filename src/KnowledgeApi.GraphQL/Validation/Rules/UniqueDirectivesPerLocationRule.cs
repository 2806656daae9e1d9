using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.GraphQL.Validation.Rules;

/// <summary>
/// Directives are unique per location: a directive that is not <c>repeatable</c> is applied at
/// most once to the same node. https://spec.graphql.org/October2021/#sec-Directives-Are-Unique-Per-Location
/// </summary>
internal sealed class UniqueDirectivesPerLocationRule : ValidationRule
{
    private readonly Dictionary<string, DirectiveNode> seen = new(StringComparer.Ordinal);

    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node) => Check(context, node.Directives);

    public override void EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode node) => Check(context, node.Directives);

    public override void EnterVariableDefinition(ValidationContext context, VariableDefinitionNode node) => Check(context, node.Directives);

    public override void EnterField(ValidationContext context, FieldNode node) => Check(context, node.Directives);

    public override void EnterFragmentSpread(ValidationContext context, FragmentSpreadNode node) => Check(context, node.Directives);

    public override void EnterInlineFragment(ValidationContext context, InlineFragmentNode node) => Check(context, node.Directives);

    private void Check(ValidationContext context, IReadOnlyList<DirectiveNode> directives)
    {
        if (directives.Count < 2)
        {
            return;
        }

        seen.Clear();
        foreach (var node in directives)
        {
            var name = node.Name.Value;

            // Unknown directives are reported by KnownDirectivesRule; repeatable ones may repeat.
            if (!context.Schema.TryGetDirective(name, out var directive) || directive.IsRepeatable)
            {
                continue;
            }

            if (seen.TryGetValue(name, out var first))
            {
                context.ReportError(ValidationErrors.Create(
                    $"The directive `@{name}` can be applied only once here; it is not repeatable.",
                    SpecSections.DirectivesAreUniquePerLocation,
                    [first, node],
                    ("directive", name)));
            }
            else
            {
                seen[name] = node;
            }
        }
    }
}
