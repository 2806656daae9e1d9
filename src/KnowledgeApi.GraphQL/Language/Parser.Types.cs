namespace KnowledgeApi.GraphQL.Language;

/// <summary>Spec §2.11: type references (named, list, non-null).</summary>
public ref partial struct Parser
{
    private ITypeNode ParseTypeReference()
    {
        var start = Here();
        ITypeNode type;
        if (ExpectOptional(TokenKind.LeftBracket))
        {
            EnterNesting(start);
            var inner = ParseTypeReference();
            Expect(TokenKind.RightBracket);
            LeaveNesting();
            type = new ListTypeNode(LocationFrom(start), inner);
        }
        else
        {
            type = ParseNamedType();
        }

        return ExpectOptional(TokenKind.Bang) ? new NonNullTypeNode(LocationFrom(start), type) : type;
    }

    private NamedTypeNode ParseNamedType()
    {
        var start = Here();
        var name = ParseName();
        return new NamedTypeNode(LocationFrom(start), name);
    }
}
