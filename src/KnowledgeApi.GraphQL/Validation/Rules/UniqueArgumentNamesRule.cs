using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.GraphQL.Validation.Rules;

/// <summary>
/// Argument uniqueness: a field or directive is given each argument at most once.
/// https://spec.graphql.org/October2021/#sec-Argument-Uniqueness
/// </summary>
internal sealed class UniqueArgumentNamesRule : ValidationRule
{
    public override void EnterField(ValidationContext context, FieldNode node) =>
        Check(context, node.Arguments, ("type", context.FieldDefinition?.DeclaringType.Name), ("field", node.Name.Value));

    public override void EnterDirective(ValidationContext context, DirectiveNode node) =>
        Check(context, node.Arguments, ("directive", node.Name.Value), ("field", null));

    private static void Check(
        ValidationContext context,
        IReadOnlyList<ArgumentNode> arguments,
        (string Key, object? Value) owner,
        (string Key, object? Value) field)
    {
        if (arguments.Count < 2)
        {
            return;
        }

        for (var i = 0; i < arguments.Count; i++)
        {
            var name = arguments[i].Name.Value;
            var isFirst = true;
            for (var k = 0; k < i; k++)
            {
                if (arguments[k].Name.Value == name)
                {
                    isFirst = false;
                    break;
                }
            }

            if (!isFirst)
            {
                continue;
            }

            var duplicates = new List<ISyntaxNode>();
            for (var j = i; j < arguments.Count; j++)
            {
                if (arguments[j].Name.Value == name)
                {
                    duplicates.Add(arguments[j].Name);
                }
            }

            if (duplicates.Count > 1)
            {
                context.ReportError(ValidationErrors.Create(
                    $"The argument `{name}` is given more than once; each argument may be given only once.",
                    SpecSections.ArgumentUniqueness,
                    duplicates,
                    owner,
                    field,
                    ("argument", name)));
            }
        }
    }
}
