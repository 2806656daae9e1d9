namespace KnowledgeApi.GraphQL.Language;

/// <summary>Printing of schema, type and directive definitions and their extensions.</summary>
public static partial class Printer
{
    private static string PrintTypeSystem(ISyntaxNode node) => node switch
    {
        SchemaDefinitionNode n => Described(n.Description, Join(["schema", Directives(n.Directives), Block(n.OperationTypes.Select(Print))], " ")),
        OperationTypeDefinitionNode n => OperationKeyword(n.Operation) + ": " + n.Type.Name.Value,
        ScalarTypeDefinitionNode n => Described(n.Description, Join(["scalar", n.Name.Value, Directives(n.Directives)], " ")),
        ObjectTypeDefinitionNode n => Described(n.Description, Join(["type", n.Name.Value, Implements(n.Interfaces), Directives(n.Directives), Block(n.Fields.Select(Print))], " ")),
        FieldDefinitionNode n => PrintFieldDefinition(n),
        InputValueDefinitionNode n => PrintInputValueDefinition(n),
        InterfaceTypeDefinitionNode n => Described(n.Description, Join(["interface", n.Name.Value, Implements(n.Interfaces), Directives(n.Directives), Block(n.Fields.Select(Print))], " ")),
        UnionTypeDefinitionNode n => Described(n.Description, Join(["union", n.Name.Value, Directives(n.Directives), Members(n.Types)], " ")),
        EnumTypeDefinitionNode n => Described(n.Description, Join(["enum", n.Name.Value, Directives(n.Directives), Block(n.Values.Select(Print))], " ")),
        EnumValueDefinitionNode n => Described(n.Description, Join([n.Name.Value, Directives(n.Directives)], " ")),
        InputObjectTypeDefinitionNode n => Described(n.Description, Join(["input", n.Name.Value, Directives(n.Directives), Block(n.Fields.Select(Print))], " ")),
        DirectiveDefinitionNode n => PrintDirectiveDefinition(n),
        SchemaExtensionNode n => Join(["extend schema", Directives(n.Directives), Block(n.OperationTypes.Select(Print))], " "),
        ScalarTypeExtensionNode n => Join(["extend scalar", n.Name.Value, Directives(n.Directives)], " "),
        ObjectTypeExtensionNode n => Join(["extend type", n.Name.Value, Implements(n.Interfaces), Directives(n.Directives), Block(n.Fields.Select(Print))], " "),
        InterfaceTypeExtensionNode n => Join(["extend interface", n.Name.Value, Implements(n.Interfaces), Directives(n.Directives), Block(n.Fields.Select(Print))], " "),
        UnionTypeExtensionNode n => Join(["extend union", n.Name.Value, Directives(n.Directives), Members(n.Types)], " "),
        EnumTypeExtensionNode n => Join(["extend enum", n.Name.Value, Directives(n.Directives), Block(n.Values.Select(Print))], " "),
        InputObjectTypeExtensionNode n => Join(["extend input", n.Name.Value, Directives(n.Directives), Block(n.Fields.Select(Print))], " "),
        _ => throw new ArgumentException($"Unknown syntax node {node.Kind}.", nameof(node)),
    };

    private static string PrintFieldDefinition(FieldDefinitionNode node) =>
        Described(
            node.Description,
            node.Name.Value + ArgumentDefinitions(node.Arguments) + ": " + PrintType(node.Type)
            + Wrap(" ", Directives(node.Directives)));

    private static string PrintInputValueDefinition(InputValueDefinitionNode node) =>
        Described(
            node.Description,
            Join(
                [
                    node.Name.Value + ": " + PrintType(node.Type),
                    Wrap("= ", node.DefaultValue is null ? null : PrintValue(node.DefaultValue)),
                    Directives(node.Directives),
                ],
                " "));

    private static string PrintDirectiveDefinition(DirectiveDefinitionNode node) =>
        Described(
            node.Description,
            "directive @" + node.Name.Value + ArgumentDefinitions(node.Arguments)
            + (node.IsRepeatable ? " repeatable" : string.Empty)
            + " on " + Join(node.Locations.Select(l => l.Value), " | "));

    // Arguments stay on one line unless one of them spans several (a description does).
    private static string ArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        var printed = arguments.Select(Print).ToList();
        return HasMultilineItems(printed)
            ? Wrap("(\n", Indent(Join(printed, "\n")), "\n)")
            : Wrap("(", Join(printed, ", "), ")");
    }

    private static string Described(StringValueNode? description, string definition) =>
        Wrap(string.Empty, description is null ? null : PrintValue(description), "\n") + definition;

    private static string Implements(IReadOnlyList<NamedTypeNode> interfaces) =>
        Wrap("implements ", Join(interfaces.Select(i => i.Name.Value), " & "));

    private static string Members(IReadOnlyList<NamedTypeNode> types) =>
        Wrap("= ", Join(types.Select(t => t.Name.Value), " | "));
}
