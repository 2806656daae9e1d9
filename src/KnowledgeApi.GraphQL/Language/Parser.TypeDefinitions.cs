namespace KnowledgeApi.GraphQL.Language;

/// <summary>Spec §3.2–3.10: schema and type definitions with their descriptions.</summary>
public ref partial struct Parser
{
    private readonly bool PeekDescription() => reader.Kind is TokenKind.String or TokenKind.BlockString;

    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        ExpectKeyword("schema"u8);
        var directives = ParseDirectives(constant: true);
        Expect(TokenKind.LeftBrace);
        var operationTypes = BeginList();
        do
        {
            scratch.Add(ParseOperationTypeDefinition());
        }
        while (!ExpectOptional(TokenKind.RightBrace));

        return new SchemaDefinitionNode(LocationFrom(start), description, directives, EndList<OperationTypeDefinitionNode>(operationTypes));
    }

    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = Here();
        var operation = ParseOperationType();
        Expect(TokenKind.Colon);
        var type = ParseNamedType();
        return new OperationTypeDefinitionNode(LocationFrom(start), operation, type);
    }

    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        ExpectKeyword("scalar"u8);
        var name = ParseName();
        var directives = ParseDirectives(constant: true);
        return new ScalarTypeDefinitionNode(LocationFrom(start), description, name, directives);
    }

    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        ExpectKeyword("type"u8);
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(constant: true);
        var fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode(LocationFrom(start), description, name, interfaces, directives, fields);
    }

    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        ExpectKeyword("interface"u8);
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(constant: true);
        var fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode(LocationFrom(start), description, name, interfaces, directives, fields);
    }

    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        ExpectKeyword("union"u8);
        var name = ParseName();
        var directives = ParseDirectives(constant: true);
        var types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode(LocationFrom(start), description, name, directives, types);
    }

    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        ExpectKeyword("enum"u8);
        var name = ParseName();
        var directives = ParseDirectives(constant: true);
        var values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode(LocationFrom(start), description, name, directives, values);
    }

    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        ExpectKeyword("input"u8);
        var name = ParseName();
        var directives = ParseDirectives(constant: true);
        var fields = ParseInputFieldsDefinition();
        return new InputObjectTypeDefinitionNode(LocationFrom(start), description, name, directives, fields);
    }

    // implements A & B, with an optional leading "&".
    private IReadOnlyList<NamedTypeNode> ParseImplementsInterfaces()
    {
        if (!ExpectOptionalKeyword("implements"u8))
        {
            return [];
        }

        var interfaces = BeginList();
        ExpectOptional(TokenKind.Ampersand);
        do
        {
            scratch.Add(ParseNamedType());
        }
        while (ExpectOptional(TokenKind.Ampersand));

        return EndList<NamedTypeNode>(interfaces);
    }

    // = A | B, with an optional leading "|".
    private IReadOnlyList<NamedTypeNode> ParseUnionMemberTypes()
    {
        if (!ExpectOptional(TokenKind.Equal))
        {
            return [];
        }

        var types = BeginList();
        ExpectOptional(TokenKind.Pipe);
        do
        {
            scratch.Add(ParseNamedType());
        }
        while (ExpectOptional(TokenKind.Pipe));

        return EndList<NamedTypeNode>(types);
    }

    private IReadOnlyList<FieldDefinitionNode> ParseFieldsDefinition()
    {
        if (!ExpectOptional(TokenKind.LeftBrace))
        {
            return [];
        }

        var fields = BeginList();
        do
        {
            var start = Here();
            var description = ParseDescription();
            var name = ParseName();
            var arguments = ParseArgumentDefinitions();
            Expect(TokenKind.Colon);
            var type = ParseTypeReference();
            var directives = ParseDirectives(constant: true);
            scratch.Add(new FieldDefinitionNode(LocationFrom(start), description, name, arguments, type, directives));
        }
        while (!ExpectOptional(TokenKind.RightBrace));

        return EndList<FieldDefinitionNode>(fields);
    }

    private IReadOnlyList<InputValueDefinitionNode> ParseArgumentDefinitions() =>
        ParseInputValueDefinitions(TokenKind.LeftParenthesis, TokenKind.RightParenthesis);

    private IReadOnlyList<InputValueDefinitionNode> ParseInputFieldsDefinition() =>
        ParseInputValueDefinitions(TokenKind.LeftBrace, TokenKind.RightBrace);

    private IReadOnlyList<InputValueDefinitionNode> ParseInputValueDefinitions(TokenKind open, TokenKind close)
    {
        if (!ExpectOptional(open))
        {
            return [];
        }

        var values = BeginList();
        do
        {
            var start = Here();
            var description = ParseDescription();
            var name = ParseName();
            Expect(TokenKind.Colon);
            var type = ParseTypeReference();
            var defaultValue = ExpectOptional(TokenKind.Equal) ? ParseValueLiteral(constant: true) : null;
            var directives = ParseDirectives(constant: true);
            scratch.Add(new InputValueDefinitionNode(LocationFrom(start), description, name, type, defaultValue, directives));
        }
        while (!ExpectOptional(close));

        return EndList<InputValueDefinitionNode>(values);
    }

    private IReadOnlyList<EnumValueDefinitionNode> ParseEnumValuesDefinition()
    {
        if (!ExpectOptional(TokenKind.LeftBrace))
        {
            return [];
        }

        var values = BeginList();
        do
        {
            var start = Here();
            var description = ParseDescription();
            if (reader.IsKeyword("true"u8) || reader.IsKeyword("false"u8) || reader.IsKeyword("null"u8))
            {
                throw Error(reader.Start, $"{DescribeToken(reader)} is reserved and cannot name an enum value.");
            }

            var name = ParseName();
            var directives = ParseDirectives(constant: true);
            scratch.Add(new EnumValueDefinitionNode(LocationFrom(start), description, name, directives));
        }
        while (!ExpectOptional(TokenKind.RightBrace));

        return EndList<EnumValueDefinitionNode>(values);
    }
}
