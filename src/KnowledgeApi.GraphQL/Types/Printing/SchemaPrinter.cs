using System.Text;
using KnowledgeApi.GraphQL.Types.Descriptors;

namespace KnowledgeApi.GraphQL.Types;

/// <summary>
/// Prints a schema as SDL in graphql-js 16's <c>printSchema</c> format: the schema definition
/// only when root names are not the usual ones (or there is a description), then custom
/// directives, then every type but the specified scalars and introspection types, separated by
/// blank lines. Output depends only on the schema, so it can be committed and diffed.
/// </summary>
public static class SchemaPrinter
{
    public static string Print(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var parts = new List<string>();
        if (PrintSchemaDefinition(schema) is { } definition)
        {
            parts.Add(definition);
        }

        parts.AddRange(schema.Directives.Where(d => !d.IsSpecified).Select(PrintDirective));
        parts.AddRange(schema.Types
            .Where(t => t is not TypeSystemObject { IsIntrospectionType: true } && !(t is ScalarType && BuiltInScalars.IsSpecifiedScalar(t.Name)))
            .Select(PrintType));
        return string.Join("\n\n", parts);
    }

    public static string PrintType(INamedType type) => type switch
    {
        ScalarType scalar => Description(scalar.Description) + "scalar " + scalar.Name + SpecifiedBy(scalar) + Applied(scalar.Directives),
        ObjectType obj => Description(obj.Description) + "type " + obj.Name + Implements(obj.Interfaces) + Applied(obj.Directives) + Fields(obj.Fields),
        InterfaceType iface => Description(iface.Description) + "interface " + iface.Name + Implements(iface.Interfaces) + Applied(iface.Directives) + Fields(iface.Fields),
        UnionType union => Description(union.Description) + "union " + union.Name
            + (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(t => t.Name)) : string.Empty),
        EnumType enumType => Description(enumType.Description) + "enum " + enumType.Name + Applied(enumType.Directives)
            + Block(enumType.Values.Select((v, i) => Description(v.Description, "  ", i == 0) + "  " + v.Name + Deprecated(v.DeprecationReason))),
        InputObjectType input => Description(input.Description) + "input " + input.Name + (input.IsOneOf ? " @oneOf" : string.Empty)
            + Block(input.Fields.Select((f, i) => Description(f.Description, "  ", i == 0) + "  " + InputValue(f))),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    private static string? PrintSchemaDefinition(Schema schema)
    {
        var commonNames = schema.QueryType.Name == "Query"
            && (schema.MutationType is null || schema.MutationType.Name == "Mutation")
            && (schema.SubscriptionType is null || schema.SubscriptionType.Name == "Subscription");
        if (schema.Description is null && commonNames)
        {
            return null;
        }

        var builder = new StringBuilder(Description(schema.Description)).Append("schema {\n");
        builder.Append("  query: ").Append(schema.QueryType.Name).Append('\n');
        if (schema.MutationType is not null)
        {
            builder.Append("  mutation: ").Append(schema.MutationType.Name).Append('\n');
        }

        if (schema.SubscriptionType is not null)
        {
            builder.Append("  subscription: ").Append(schema.SubscriptionType.Name).Append('\n');
        }

        return builder.Append('}').ToString();
    }

    private static string PrintDirective(DirectiveType directive) =>
        Description(directive.Description) + "directive @" + directive.Name + Arguments(directive.Arguments, string.Empty)
        + (directive.IsRepeatable ? " repeatable" : string.Empty)
        + " on " + string.Join(" | ", directive.Locations.Select(l => l.ToGraphQLName()));

    private static string Implements(IReadOnlyList<InterfaceType> interfaces) =>
        interfaces.Count > 0 ? " implements " + string.Join(" & ", interfaces.Select(i => i.Name)) : string.Empty;

    private static string Fields(FieldCollection<OutputField> fields) =>
        Block(fields.Select((f, i) => Description(f.Description, "  ", i == 0) + "  " + f.Name + Arguments(f.Arguments, "  ")
            + ": " + f.Type.Print() + Deprecated(f.DeprecationReason) + Applied(f.Directives)));

    private static string Block(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count > 0 ? " {\n" + string.Join('\n', list) + "\n}" : string.Empty;
    }

    // Arguments stay on one line unless one of them has a description.
    private static string Arguments(FieldCollection<InputValue> arguments, string indentation)
    {
        if (arguments.Count == 0)
        {
            return string.Empty;
        }

        if (arguments.All(a => string.IsNullOrEmpty(a.Description)))
        {
            return "(" + string.Join(", ", arguments.Select(InputValue)) + ")";
        }

        return "(\n"
            + string.Join('\n', arguments.Select((a, i) => Description(a.Description, "  " + indentation, i == 0) + "  " + indentation + InputValue(a)))
            + "\n" + indentation + ")";
    }

    private static string InputValue(InputValue value) =>
        value.Name + ": " + value.Type.Print()
        + (value.DefaultValue is { } defaultValue ? " = " + ValueLiteralPrinter.Print(defaultValue) : string.Empty)
        + Deprecated(value.DeprecationReason) + Applied(value.Directives);

    // Applied directives other than the specified ones, the way Hot Chocolate prints them after the member:
    // field: Int @cost(weight: "10"). graphql-js's printSchema leaves them out, so the SDL round trip ignores them.
    private static string Applied(IReadOnlyList<IAppliedDirective> directives)
    {
        if (directives.Count == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        foreach (var directive in directives)
        {
            builder.Append(" @").Append(directive.Name);
            if (directive.Arguments.Count > 0)
            {
                builder.Append('(')
                    .AppendJoin(", ", directive.Arguments.Select(a => a.Key + ": " + DirectiveArgumentValue(a.Value)))
                    .Append(')');
            }
        }

        return builder.ToString();
    }

    private static string DirectiveArgumentValue(object value) => value switch
    {
        string text => ValueLiteralPrinter.PrintString(text),
        bool flag => flag ? "true" : "false",
        int number => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        IEnumerable<string> texts => "[" + string.Join(", ", texts.Select(ValueLiteralPrinter.PrintString)) + "]",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Applied directive arguments are strings, integers, booleans or lists of strings."),
    };

    private static string Deprecated(string? reason) => reason switch
    {
        null => string.Empty,
        DeprecationReasons.Default => " @deprecated",
        _ => " @deprecated(reason: " + ValueLiteralPrinter.PrintString(reason) + ")",
    };

    private static string SpecifiedBy(ScalarType scalar) =>
        scalar.SpecifiedByUrl is { } url ? " @specifiedBy(url: " + ValueLiteralPrinter.PrintString(url) + ")" : string.Empty;

    private static string Description(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return string.Empty;
        }

        var literal = ValueLiteralPrinter.IsPrintableAsBlockString(description)
            ? ValueLiteralPrinter.PrintBlockString(description)
            : ValueLiteralPrinter.PrintString(description);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + literal.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }
}
