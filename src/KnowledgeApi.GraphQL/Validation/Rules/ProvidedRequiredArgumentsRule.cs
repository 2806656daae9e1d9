using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Validation.Rules;

/// <summary>
/// Required arguments: every non-null argument without a default is given, to fields and to
/// directives alike. https://spec.graphql.org/October2021/#sec-Required-Arguments
/// </summary>
internal sealed class ProvidedRequiredArgumentsRule : ValidationRule
{
    public override void LeaveField(ValidationContext context, FieldNode node)
    {
        if (context.FieldDefinition is not { } field)
        {
            return;
        }

        foreach (var argument in field.Arguments)
        {
            if (IsMissing(argument, node.Arguments))
            {
                var typeText = argument.Type.Print();
                context.ReportError(ValidationErrors.Create(
                    $"The field `{field.DeclaringType.Name}.{field.Name}` requires the argument `{argument.Name}` of type `{typeText}`, but it was not given.",
                    SpecSections.RequiredArguments,
                    node,
                    ("type", field.DeclaringType.Name),
                    ("field", field.Name),
                    ("argument", argument.Name)));
            }
        }
    }

    public override void LeaveDirective(ValidationContext context, DirectiveNode node)
    {
        if (context.Directive is not { } directive)
        {
            return;
        }

        foreach (var argument in directive.Arguments)
        {
            if (IsMissing(argument, node.Arguments))
            {
                var typeText = argument.Type.Print();
                context.ReportError(ValidationErrors.Create(
                    $"The directive `@{directive.Name}` requires the argument `{argument.Name}` of type `{typeText}`, but it was not given.",
                    SpecSections.RequiredArguments,
                    node,
                    ("directive", directive.Name),
                    ("argument", argument.Name)));
            }
        }
    }

    private static bool IsMissing(InputValue argument, IReadOnlyList<ArgumentNode> given)
    {
        if (argument.Type is not NonNullType || argument.DefaultValue is not null)
        {
            return false;
        }

        foreach (var node in given)
        {
            if (node.Name.Value == argument.Name)
            {
                return false;
            }
        }

        return true;
    }
}
