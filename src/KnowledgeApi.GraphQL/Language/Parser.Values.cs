namespace KnowledgeApi.GraphQL.Language;

/// <summary>Spec §2.9: value literals, constant or not.</summary>
public ref partial struct Parser
{
    private IValueNode ParseValueLiteral(bool constant)
    {
        var start = Here();
        switch (reader.Kind)
        {
            case TokenKind.LeftBracket:
                return ParseList(constant);
            case TokenKind.LeftBrace:
                return ParseObject(constant);
            case TokenKind.Integer:
                var integer = names.Get(reader.RawValue);
                Advance();
                return new IntValueNode(LocationFrom(start), integer);
            case TokenKind.Float:
                var number = names.Get(reader.RawValue);
                Advance();
                return new FloatValueNode(LocationFrom(start), number);
            case TokenKind.String or TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                return ParseNameValue(start);
            case TokenKind.Dollar when constant:
                var dollar = reader.Start;
                Advance();
                throw Peek(TokenKind.Name)
                    ? Error(dollar, $"Unexpected variable \"${names.Get(reader.RawValue)}\" in a constant value.")
                    : Unexpected(dollar, "\"$\"");
            case TokenKind.Dollar:
                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    private IValueNode ParseNameValue(Mark start)
    {
        // The token's bytes stay valid after Advance: they are a slice of the source.
        var name = reader.RawValue;
        Advance();
        var location = LocationFrom(start);
        return name.SequenceEqual("true"u8) ? new BooleanValueNode(location, true)
            : name.SequenceEqual("false"u8) ? new BooleanValueNode(location, false)
            : name.SequenceEqual("null"u8) ? new NullValueNode(location)
            : new EnumValueNode(location, names.Get(name));
    }

    private StringValueNode ParseStringLiteral()
    {
        var start = Here();
        var block = reader.Kind == TokenKind.BlockString;
        var value = reader.GetString();
        Advance();
        return new StringValueNode(LocationFrom(start), value, block);
    }

    private ListValueNode ParseList(bool constant)
    {
        var start = Here();
        Expect(TokenKind.LeftBracket);
        EnterNesting(start);
        var items = BeginList();
        while (!ExpectOptional(TokenKind.RightBracket))
        {
            scratch.Add(ParseValueLiteral(constant));
        }

        LeaveNesting();
        return new ListValueNode(LocationFrom(start), EndList<IValueNode>(items));
    }

    private ObjectValueNode ParseObject(bool constant)
    {
        var start = Here();
        Expect(TokenKind.LeftBrace);
        EnterNesting(start);
        var fields = BeginList();
        while (!ExpectOptional(TokenKind.RightBrace))
        {
            var fieldStart = Here();
            var name = ParseName();
            Expect(TokenKind.Colon);
            var value = ParseValueLiteral(constant);
            scratch.Add(new ObjectFieldNode(LocationFrom(fieldStart), name, value));
        }

        LeaveNesting();
        return new ObjectValueNode(LocationFrom(start), EndList<ObjectFieldNode>(fields));
    }
}
