using System.Runtime.CompilerServices;

namespace KnowledgeApi.GraphQL.Language;

/// <summary>Spec §2.12 and §3.13: applied directives and directive definitions.</summary>
public ref partial struct Parser
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    private IReadOnlyList<DirectiveNode> ParseDirectives(bool constant)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }

        var directives = BeginList();
        while (Peek(TokenKind.At))
        {
            var start = Here();
            Advance();
            var name = ParseName();
            var arguments = ParseArguments(constant);
            scratch.Add(new DirectiveNode(LocationFrom(start), name, arguments));
        }

        return EndList<DirectiveNode>(directives);
    }

    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        ExpectKeyword("directive"u8);
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        var repeatable = ExpectOptionalKeyword("repeatable"u8);
        ExpectKeyword("on"u8);
        var locations = BeginList();
        ExpectOptional(TokenKind.Pipe);
        do
        {
            scratch.Add(ParseDirectiveLocation());
        }
        while (ExpectOptional(TokenKind.Pipe));

        return new DirectiveDefinitionNode(LocationFrom(start), description, name, arguments, repeatable, EndList<NameNode>(locations));
    }

    private NameNode ParseDirectiveLocation()
    {
        var at = reader.Start;
        var description = DescribeToken(reader);
        var name = ParseName();
        if (!DirectiveLocations.Contains(name.Value))
        {
            throw Unexpected(at, description);
        }

        return name;
    }

    /// <summary>The names allowed after <c>on</c> in a directive definition (spec §3.13).</summary>
    private static readonly HashSet<string> DirectiveLocations = new(StringComparer.Ordinal)
    {
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD",
        "INLINE_FRAGMENT", "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION",
        "ARGUMENT_DEFINITION", "INTERFACE", "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT",
        "INPUT_FIELD_DEFINITION",
    };
}
