using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.GraphQL.Validation.Rules;

/// <summary>
/// Argument names: every argument given to a field or directive is one it defines.
/// https://spec.graphql.org/October2021/#sec-Argument-Names
/// </summary>
internal sealed class KnownArgumentNamesRule : ValidationRule
{
    private DirectiveNode? directiveNode;

    public override void EnterDirective(ValidationContext context, DirectiveNode node) => directiveNode = node;

    public override void LeaveDirective(ValidationContext context, DirectiveNode node) => directiveNode = null;

    public override void EnterArgument(ValidationContext context, ArgumentNode node)
    {
        if (context.Argument is not null)
        {
            return;
        }

        var name = node.Name.Value;
        if (directiveNode is not null)
        {
            // Arguments of unknown directives are left to KnownDirectivesRule.
            if (context.Directive is { } directive)
            {
                context.ReportError(ValidationErrors.Create(
                    $"The directive `@{directive.Name}` has no argument named `{name}`.",
                    SpecSections.ArgumentNames,
                    node,
                    ("directive", directive.Name),
                    ("argument", name)));
            }

            return;
        }

        if (context.FieldDefinition is { } field && context.ParentType is not null)
        {
            context.ReportError(ValidationErrors.Create(
                $"The field `{field.DeclaringType.Name}.{field.Name}` has no argument named `{name}`.",
                SpecSections.ArgumentNames,
                node,
                ("type", field.DeclaringType.Name),
                ("field", field.Name),
                ("argument", name)));
        }
    }
}
