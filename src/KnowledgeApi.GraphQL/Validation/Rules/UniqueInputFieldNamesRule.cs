using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.GraphQL.Validation.Rules;

/// <summary>
/// Input object field uniqueness: an input object literal gives each field at most once.
/// https://spec.graphql.org/October2021/#sec-Input-Object-Field-Uniqueness
/// </summary>
internal sealed class UniqueInputFieldNamesRule : ValidationRule
{
    public override void EnterValue(ValidationContext context, IValueNode node)
    {
        if (node is not ObjectValueNode { Fields.Count: > 1 } objectValue)
        {
            return;
        }

        var fields = objectValue.Fields;
        for (var i = 1; i < fields.Count; i++)
        {
            var name = fields[i].Name.Value;
            for (var k = 0; k < i; k++)
            {
                if (fields[k].Name.Value == name)
                {
                    // Each repetition is reported against the first occurrence, as graphql-js does.
                    context.ReportError(ValidationErrors.Create(
                        $"The input field `{name}` is given more than once; each field may be given only once.",
                        SpecSections.InputObjectFieldUniqueness,
                        [fields[k].Name, fields[i].Name],
                        ("field", name)));
                    break;
                }
            }
        }
    }
}
