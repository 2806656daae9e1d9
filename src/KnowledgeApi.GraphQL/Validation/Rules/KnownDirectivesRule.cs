using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Validation.Rules;

/// <summary>
/// Directives are defined, and are in valid locations: every directive is known to the schema
/// and allowed where it is applied.
/// https://spec.graphql.org/October2021/#sec-Directives-Are-Defined,
/// https://spec.graphql.org/October2021/#sec-Directives-Are-In-Valid-Locations
/// </summary>
internal sealed class KnownDirectivesRule : ValidationRule
{
    public override void EnterDirective(ValidationContext context, DirectiveNode node)
    {
        var name = node.Name.Value;
        if (context.Directive is not { } directive)
        {
            context.ReportError(ValidationErrors.Create(
                $"The directive `@{name}` does not exist in the schema.",
                SpecSections.DirectivesAreDefined,
                node,
                ("directive", name)));
            return;
        }

        var location = context.DirectiveLocation;
        foreach (var allowed in directive.Locations)
        {
            if (allowed == location)
            {
                return;
            }
        }

        context.ReportError(ValidationErrors.Create(
            $"The directive `@{name}` cannot be used on {location.ToGraphQLName()}.",
            SpecSections.DirectivesAreInValidLocations,
            node,
            ("directive", name),
            ("location", location.ToGraphQLName())));
    }
}
