namespace KnowledgeApi.GraphQL.Language;

/// <summary>Spec §2.8: fragment spreads, inline fragments and fragment definitions.</summary>
public ref partial struct Parser
{
    private ISelectionNode ParseFragment()
    {
        var start = Here();
        Expect(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on"u8);
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseFragmentName();
            var spreadDirectives = ParseDirectives(constant: false);
            return new FragmentSpreadNode(LocationFrom(start), name, spreadDirectives);
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(constant: false);
        var selectionSet = ParseSelectionSet();
        return new InlineFragmentNode(LocationFrom(start), typeCondition, directives, selectionSet);
    }

    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = Here();
        ExpectKeyword("fragment"u8);
        var name = ParseFragmentName();
        ExpectKeyword("on"u8);
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(constant: false);
        var selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode(LocationFrom(start), name, typeCondition, directives, selectionSet);
    }

    // "on" introduces a type condition, so it can never name a fragment.
    private NameNode ParseFragmentName()
    {
        if (reader.IsKeyword("on"u8))
        {
            throw Unexpected();
        }

        return ParseName();
    }
}
