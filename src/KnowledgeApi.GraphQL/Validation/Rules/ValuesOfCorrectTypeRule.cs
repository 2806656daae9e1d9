using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Validation.Rules;

/// <summary>
/// Values of correct type, input object field names and required fields, and <c>@oneOf</c>:
/// every literal fits the type expected where it stands (scalars and enums judge their own
/// literals), input objects name only their fields and give all required ones, and a
/// <c>@oneOf</c> object gives exactly one non-null field.
/// https://spec.graphql.org/October2021/#sec-Values-of-Correct-Type,
/// https://spec.graphql.org/October2021/#sec-Input-Object-Field-Names,
/// https://spec.graphql.org/October2021/#sec-Input-Object-Required-Fields
/// </summary>
internal sealed class ValuesOfCorrectTypeRule : ValidationRule
{
    private readonly Dictionary<string, VariableDefinitionNode> variables = new(StringComparer.Ordinal);

    // A list or object literal found where it cannot stand is reported once, as a whole: its
    // contents are not checked (graphql-js stops the traversal there too).
    private IValueNode? skipped;

    public override void EnterOperation(ValidationContext context, OperationDefinitionNode node) => variables.Clear();

    public override void EnterVariableDefinition(ValidationContext context, VariableDefinitionNode node) =>
        variables[node.Variable.Name.Value] = node;

    public override void LeaveValue(ValidationContext context, IValueNode node)
    {
        if (ReferenceEquals(skipped, node))
        {
            skipped = null;
        }
    }

    public override void EnterObjectField(ValidationContext context, ObjectFieldNode node)
    {
        if (skipped is not null || context.InputType is not null)
        {
            return;
        }

        if (context.ParentInputType?.NamedType() is InputObjectType parentType)
        {
            var name = node.Name.Value;
            context.ReportError(ValidationErrors.Create(
                $"The field `{name}` does not exist on the input type `{parentType.Name}`.",
                SpecSections.InputObjectFieldNames,
                node,
                ("field", name),
                ("type", parentType.Name)));
        }
    }

    public override void EnterValue(ValidationContext context, IValueNode node)
    {
        if (skipped is not null)
        {
            return;
        }

        switch (node)
        {
            case ListValueNode:
                if (context.ParentInputType?.NullableType() is not ListType)
                {
                    CheckLeaf(context, node);
                    skipped = node;
                }

                break;
            case ObjectValueNode objectValue:
                if (context.InputType?.NamedType() is InputObjectType objectType)
                {
                    CheckObject(context, objectValue, objectType);
                }
                else
                {
                    CheckLeaf(context, node);
                    skipped = node;
                }

                break;
            case NullValueNode:
                if (context.InputType is NonNullType nonNull)
                {
                    ReportWrongValue(context, node, nonNull, null);
                }

                break;
            case VariableNode:
                break;
            default:
                CheckLeaf(context, node);
                break;
        }
    }

    private void CheckObject(ValidationContext context, ObjectValueNode node, InputObjectType type)
    {
        foreach (var field in type.Fields)
        {
            if (field.Type is NonNullType && field.DefaultValue is null && !Gives(node, field.Name))
            {
                var typeText = field.Type.Print();
                context.ReportError(ValidationErrors.Create(
                    $"The input field `{type.Name}.{field.Name}` of type `{typeText}` is required, but it was not given.",
                    SpecSections.InputObjectRequiredFields,
                    node,
                    ("field", field.Name),
                    ("type", type.Name)));
            }
        }

        if (type.IsOneOf)
        {
            CheckOneOf(context, node, type);
        }
    }

    private void CheckOneOf(ValidationContext context, ObjectValueNode node, InputObjectType type)
    {
        if (node.Fields.Count != 1)
        {
            context.ReportError(ValidationErrors.Create(
                $"The @oneOf input object `{type.Name}` must be given exactly one field.",
                SpecSections.OneOfInputObjects,
                node,
                ("type", type.Name)));
            return;
        }

        var field = node.Fields[0];
        if (field.Value is NullValueNode)
        {
            context.ReportError(ValidationErrors.Create(
                $"The field `{type.Name}.{field.Name.Value}` of a @oneOf input object must not be null.",
                SpecSections.OneOfInputObjects,
                node,
                ("type", type.Name),
                ("field", field.Name.Value)));
        }
        else if (field.Value is VariableNode variable
            && variables.TryGetValue(variable.Name.Value, out var definition)
            && definition.Type is not NonNullTypeNode)
        {
            context.ReportError(ValidationErrors.Create(
                $"The variable `${variable.Name.Value}` must be non-null to be used for the @oneOf input object `{type.Name}`.",
                SpecSections.OneOfInputObjects,
                node,
                ("type", type.Name),
                ("variable", variable.Name.Value)));
        }
    }

    private static bool Gives(ObjectValueNode node, string fieldName)
    {
        foreach (var field in node.Fields)
        {
            if (field.Name.Value == fieldName)
            {
                return true;
            }
        }

        return false;
    }

    // Scalars and enums decide which literals they accept; anything else (a list or object where
    // a leaf is expected, a scalar where an input object is expected) is wrong outright.
    private static void CheckLeaf(ValidationContext context, IValueNode node)
    {
        if (context.InputType is not { } locationType)
        {
            return;
        }

        string? reason;
        switch (locationType.NamedType())
        {
            case ScalarType scalar:
                reason = TryParse(() => scalar.ParseLiteral(node));
                break;
            case EnumType enumType:
                reason = TryParse(() => enumType.ParseLiteral(node));
                break;
            default:
                ReportWrongValue(context, node, locationType, null);
                return;
        }

        if (reason is not null)
        {
            ReportWrongValue(context, node, locationType, reason);
        }
    }

    private static string? TryParse(Func<object?> parse)
    {
        try
        {
            parse();
            return null;
        }
        catch (LeafCoercionException error)
        {
            return error.Message;
        }
        catch (FormatException error)
        {
            return error.Message;
        }
        catch (OverflowException error)
        {
            return error.Message;
        }
    }

    private static void ReportWrongValue(ValidationContext context, IValueNode node, IType locationType, string? reason)
    {
        var typeText = locationType.Print();
        var valueText = Printer.Print(node);
        var message = $"The value {valueText} is not a valid `{typeText}`.";
        if (reason is not null)
        {
            message += " " + reason;
        }

        context.ReportError(ValidationErrors.Create(
            message,
            SpecSections.ValuesOfCorrectType,
            node,
            ("argument", context.Argument?.Name),
            ("value", valueText),
            ("locationType", typeText)));
    }
}
