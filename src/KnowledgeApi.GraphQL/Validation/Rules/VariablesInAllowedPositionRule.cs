using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Validation.Rules;

/// <summary>
/// All variable usages are allowed: a variable's declared type fits every place it is used (a
/// nullable variable may feed a non-null place only when a default covers the null), and a
/// variable given to a <c>@oneOf</c> field is non-null.
/// https://spec.graphql.org/October2021/#sec-All-Variable-Usages-are-Allowed
/// </summary>
internal sealed class VariablesInAllowedPositionRule : ValidationRule
{
    public override void LeaveDocument(ValidationContext context, DocumentNode node)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is OperationDefinitionNode { VariableDefinitions.Count: > 0 } operation)
            {
                CheckOperation(context, operation);
            }
        }
    }

    private static void CheckOperation(ValidationContext context, OperationDefinitionNode operation)
    {
        var declared = new Dictionary<string, VariableDefinitionNode>(StringComparer.Ordinal);
        foreach (var variable in operation.VariableDefinitions)
        {
            // The last declaration wins, as in graphql-js; duplicates are reported elsewhere.
            declared[variable.Variable.Name.Value] = variable;
        }

        foreach (var usage in context.GetRecursiveVariableUsages(operation))
        {
            var name = usage.Node.Name.Value;
            if (usage.Type is not { } locationType
                || !declared.TryGetValue(name, out var variable)
                || TypeRelations.TypeFromAst(context.Schema, variable.Type) is not { } variableType)
            {
                continue;
            }

            if (!IsAllowed(context.Schema, variableType, variable.DefaultValue, locationType, usage.HasLocationDefault))
            {
                var variableText = variableType.Print();
                var locationText = locationType.Print();
                context.ReportError(ValidationErrors.Create(
                    $"The variable `${name}` of type `{variableText}` cannot be used where `{locationText}` is expected.",
                    SpecSections.AllVariableUsagesAreAllowed,
                    [variable, usage.Node],
                    ("variable", name),
                    ("variableType", variableText),
                    ("locationType", locationText)));
            }

            if (usage.ParentInputType?.NamedType() is InputObjectType { IsOneOf: true } oneOf && variableType is not NonNullType)
            {
                context.ReportError(ValidationErrors.Create(
                    $"The variable `${name}` of type `{variableType.Print()}` must be non-null to be used for a field of the @oneOf input object `{oneOf.Name}`.",
                    SpecSections.OneOfInputObjects,
                    [variable, usage.Node],
                    ("variable", name),
                    ("type", oneOf.Name)));
            }
        }
    }

    private static bool IsAllowed(Schema schema, IType variableType, IValueNode? variableDefault, IType locationType, bool hasLocationDefault)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
            if (!hasNonNullVariableDefault && !hasLocationDefault)
            {
                return false;
            }

            return TypeRelations.IsTypeSubTypeOf(schema, variableType, nonNullLocation.InnerType);
        }

        return TypeRelations.IsTypeSubTypeOf(schema, variableType, locationType);
    }
}
