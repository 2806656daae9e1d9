namespace KnowledgeApi.GraphQL.Language;

/// <summary>Spec §3.3–3.10 extensions: <c>extend schema</c> and <c>extend</c> of every named type kind.</summary>
public ref partial struct Parser
{
    private ITypeSystemExtensionNode ParseTypeSystemExtension()
    {
        var keyword = reader;
        keyword.Read();
        if (keyword.Kind == TokenKind.Name)
        {
            var start = Here();
            Advance();
            if (reader.IsKeyword("schema"u8))
            {
                return ParseSchemaExtension(start);
            }

            if (reader.IsKeyword("scalar"u8))
            {
                Advance();
                var name = ParseName();
                var directives = ParseDirectives(constant: true);
                return directives.Count == 0
                    ? throw Unexpected()
                    : new ScalarTypeExtensionNode(LocationFrom(start), name, directives);
            }

            if (reader.IsKeyword("type"u8) || reader.IsKeyword("interface"u8))
            {
                return ParseObjectOrInterfaceExtension(start, isInterface: reader.IsKeyword("interface"u8));
            }

            if (reader.IsKeyword("union"u8))
            {
                Advance();
                var name = ParseName();
                var directives = ParseDirectives(constant: true);
                var types = ParseUnionMemberTypes();
                return directives.Count == 0 && types.Count == 0
                    ? throw Unexpected()
                    : new UnionTypeExtensionNode(LocationFrom(start), name, directives, types);
            }

            if (reader.IsKeyword("enum"u8))
            {
                Advance();
                var name = ParseName();
                var directives = ParseDirectives(constant: true);
                var values = ParseEnumValuesDefinition();
                return directives.Count == 0 && values.Count == 0
                    ? throw Unexpected()
                    : new EnumTypeExtensionNode(LocationFrom(start), name, directives, values);
            }

            if (reader.IsKeyword("input"u8))
            {
                Advance();
                var name = ParseName();
                var directives = ParseDirectives(constant: true);
                var fields = ParseInputFieldsDefinition();
                return directives.Count == 0 && fields.Count == 0
                    ? throw Unexpected()
                    : new InputObjectTypeExtensionNode(LocationFrom(start), name, directives, fields);
            }
        }

        throw Unexpected(keyword.Start, DescribeToken(keyword));
    }

    private SchemaExtensionNode ParseSchemaExtension(Mark start)
    {
        Advance();
        var directives = ParseDirectives(constant: true);
        var list = BeginList();
        if (ExpectOptional(TokenKind.LeftBrace))
        {
            do
            {
                scratch.Add(ParseOperationTypeDefinition());
            }
            while (!ExpectOptional(TokenKind.RightBrace));
        }

        var operationTypes = EndList<OperationTypeDefinitionNode>(list);

        if (directives.Count == 0 && operationTypes.Length == 0)
        {
            throw Unexpected();
        }

        return new SchemaExtensionNode(LocationFrom(start), directives, operationTypes);
    }

    private ITypeExtensionNode ParseObjectOrInterfaceExtension(Mark start, bool isInterface)
    {
        Advance();
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(constant: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected();
        }

        return isInterface
            ? new InterfaceTypeExtensionNode(LocationFrom(start), name, interfaces, directives, fields)
            : new ObjectTypeExtensionNode(LocationFrom(start), name, interfaces, directives, fields);
    }
}
