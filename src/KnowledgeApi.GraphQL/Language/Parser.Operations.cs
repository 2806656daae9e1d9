using System.Runtime.CompilerServices;

namespace KnowledgeApi.GraphQL.Language;

/// <summary>Spec §2.3–2.6: operations, variables, selection sets, fields and arguments.</summary>
public ref partial struct Parser
{
    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = Here();
        if (Peek(TokenKind.LeftBrace))
        {
            var shorthand = ParseSelectionSet();
            return new OperationDefinitionNode(LocationFrom(start), OperationType.Query, null, [], [], shorthand);
        }

        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        var variables = ParseVariableDefinitions();
        var directives = ParseDirectives(constant: false);
        var selectionSet = ParseSelectionSet();
        return new OperationDefinitionNode(LocationFrom(start), operation, name, variables, directives, selectionSet);
    }

    private OperationType ParseOperationType()
    {
        OperationType? operation =
            reader.IsKeyword("query"u8) ? OperationType.Query
            : reader.IsKeyword("mutation"u8) ? OperationType.Mutation
            : reader.IsKeyword("subscription"u8) ? OperationType.Subscription
            : null;
        if (operation is null)
        {
            throw Unexpected();
        }

        Advance();
        return operation.Value;
    }

    private IReadOnlyList<VariableDefinitionNode> ParseVariableDefinitions()
    {
        if (!ExpectOptional(TokenKind.LeftParenthesis))
        {
            return [];
        }

        var definitions = BeginList();
        do
        {
            scratch.Add(ParseVariableDefinition());
        }
        while (!ExpectOptional(TokenKind.RightParenthesis));

        return EndList<VariableDefinitionNode>(definitions);
    }

    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = Here();
        var variable = ParseVariable();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptional(TokenKind.Equal) ? ParseValueLiteral(constant: true) : null;
        var directives = ParseDirectives(constant: true);
        return new VariableDefinitionNode(LocationFrom(start), variable, type, defaultValue, directives);
    }

    private VariableNode ParseVariable()
    {
        var start = Here();
        Expect(TokenKind.Dollar);
        var name = ParseName();
        return new VariableNode(LocationFrom(start), name);
    }

    private SelectionSetNode ParseSelectionSet()
    {
        var start = Here();
        Expect(TokenKind.LeftBrace);
        EnterNesting(start);
        var selections = BeginList();
        do
        {
            scratch.Add(Peek(TokenKind.Spread) ? ParseFragment() : ParseField());
        }
        while (!ExpectOptional(TokenKind.RightBrace));

        LeaveNesting();
        return new SelectionSetNode(LocationFrom(start), EndList<ISelectionNode>(selections));
    }

    // The hottest rule: most fields are a bare name, so the optional parts are tested here and
    // parsed out of line, which leaves the JIT's inlining budget for the name and node constructors.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private FieldNode ParseField()
    {
        var start = Here();
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (Peek(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseFieldNameAfterAlias();
        }

        IReadOnlyList<ArgumentNode> arguments = Peek(TokenKind.LeftParenthesis) ? ParseArguments(constant: false) : [];
        IReadOnlyList<DirectiveNode> directives = Peek(TokenKind.At) ? ParseDirectives(constant: false) : [];
        var selectionSet = Peek(TokenKind.LeftBrace) ? ParseSelectionSet() : null;
        return new FieldNode(LocationFrom(start), alias, name, arguments, directives, selectionSet);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private NameNode ParseFieldNameAfterAlias()
    {
        Advance();
        return ParseName();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private IReadOnlyList<ArgumentNode> ParseArguments(bool constant)
    {
        if (!ExpectOptional(TokenKind.LeftParenthesis))
        {
            return [];
        }

        var arguments = BeginList();
        do
        {
            var start = Here();
            var name = ParseName();
            Expect(TokenKind.Colon);
            var value = ParseValueLiteral(constant);
            scratch.Add(new ArgumentNode(LocationFrom(start), name, value));
        }
        while (!ExpectOptional(TokenKind.RightParenthesis));

        return EndList<ArgumentNode>(arguments);
    }
}
