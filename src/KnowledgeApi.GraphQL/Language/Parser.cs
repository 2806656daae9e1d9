using System.Text;

namespace KnowledgeApi.GraphQL.Language;

/// <summary>
/// Recursive-descent parser for the GraphQL October 2021 grammar, over UTF-8 bytes. It keeps
/// one token of lookahead (the reader's current token), like graphql-js, so the first error it
/// meets, lexical or grammatical, is the one graphql-js reports. The grammar is split across
/// partial files by chapter of the specification.
/// </summary>
public ref partial struct Parser
{
    private readonly ParserOptions options;
    private Utf8GraphQLReader reader;
    private int previousEnd;
    private readonly bool noLocations;
    private int tokensLeft;
    private int depth;

    // Items of the lists being built, innermost last (see Parser.Lists.cs).
    private readonly ThreadResources resources;
    private readonly ScratchStack scratch;
    private readonly NameCache names;

    private Parser(ReadOnlySpan<byte> source, ParserOptions? options)
    {
        this.options = options ?? ParserOptions.Default;
        noLocations = this.options.NoLocations;
        tokensLeft = this.options.MaxTokens;
        reader = new Utf8GraphQLReader(source);
        resources = RentResources();
        scratch = resources.Scratch;
        names = resources.Names;
    }

    /// <summary>Parses an executable or type-system document.</summary>
    public static DocumentNode Parse(ReadOnlySpan<byte> utf8, ParserOptions? options = null)
    {
        var parser = new Parser(utf8, options);
        try
        {
            parser.Advance();
            return parser.ParseDocument();
        }
        finally
        {
            parser.ReturnScratch();
        }
    }

    /// <inheritdoc cref="Parse(ReadOnlySpan{byte}, ParserOptions?)"/>
    public static DocumentNode Parse(string text, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(Encoding.UTF8.GetBytes(text), options);
    }

    /// <summary>Parses one value literal, like graphql-js <c>parseValue</c>; <paramref name="constant"/> rejects variables.</summary>
    public static IValueNode ParseValue(ReadOnlySpan<byte> utf8, bool constant = false, ParserOptions? options = null)
    {
        var parser = new Parser(utf8, options);
        try
        {
            parser.Advance();
            var value = parser.ParseValueLiteral(constant);
            parser.Expect(TokenKind.EndOfFile);
            return value;
        }
        finally
        {
            parser.ReturnScratch();
        }
    }

    /// <inheritdoc cref="ParseValue(ReadOnlySpan{byte}, bool, ParserOptions?)"/>
    public static IValueNode ParseValue(string text, bool constant = false, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ParseValue(Encoding.UTF8.GetBytes(text), constant, options);
    }

    /// <summary>Parses one type reference such as <c>[String!]!</c>, like graphql-js <c>parseType</c>.</summary>
    public static ITypeNode ParseType(ReadOnlySpan<byte> utf8, ParserOptions? options = null)
    {
        var parser = new Parser(utf8, options);
        try
        {
            parser.Advance();
            var type = parser.ParseTypeReference();
            parser.Expect(TokenKind.EndOfFile);
            return type;
        }
        finally
        {
            parser.ReturnScratch();
        }
    }

    /// <inheritdoc cref="ParseType(ReadOnlySpan{byte}, ParserOptions?)"/>
    public static ITypeNode ParseType(string text, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ParseType(Encoding.UTF8.GetBytes(text), options);
    }

    private DocumentNode ParseDocument()
    {
        var start = Here();
        var definitions = BeginList();
        do
        {
            scratch.Add(ParseDefinition());
        }
        while (reader.Kind != TokenKind.EndOfFile);

        return new DocumentNode(LocationFrom(start), EndList<IDefinitionNode>(definitions));
    }

    private IDefinitionNode ParseDefinition()
    {
        if (reader.Kind == TokenKind.LeftBrace)
        {
            return ParseOperationDefinition();
        }

        // Requests are executable documents: test their keywords before the eight type-system ones.
        // The two keyword sets are disjoint, so the order changes no result.
        if (reader.Kind == TokenKind.Name)
        {
            if (reader.IsKeyword("query"u8) || reader.IsKeyword("mutation"u8) || reader.IsKeyword("subscription"u8))
            {
                return ParseOperationDefinition();
            }

            if (reader.IsKeyword("fragment"u8))
            {
                return ParseFragmentDefinition();
            }
        }

        // A description belongs to the definition after it, so the keyword is one token further.
        var hasDescription = PeekDescription();
        var keyword = reader;
        if (hasDescription)
        {
            keyword.Read();
        }

        if (keyword.Kind == TokenKind.Name)
        {
            switch (TypeSystemKeyword(keyword.RawValue))
            {
                case "schema": return ParseSchemaDefinition();
                case "scalar": return ParseScalarTypeDefinition();
                case "type": return ParseObjectTypeDefinition();
                case "interface": return ParseInterfaceTypeDefinition();
                case "union": return ParseUnionTypeDefinition();
                case "enum": return ParseEnumTypeDefinition();
                case "input": return ParseInputObjectTypeDefinition();
                case "directive": return ParseDirectiveDefinition();
            }

            if (hasDescription)
            {
                throw Error(reader.Start, "Unexpected description: only type-system definitions may have descriptions.");
            }

            if (reader.IsKeyword("extend"u8))
            {
                return ParseTypeSystemExtension();
            }
        }

        throw Unexpected(keyword.Start, DescribeToken(keyword));
    }

    private static string? TypeSystemKeyword(ReadOnlySpan<byte> name) => name switch
    {
        _ when name.SequenceEqual("schema"u8) => "schema",
        _ when name.SequenceEqual("scalar"u8) => "scalar",
        _ when name.SequenceEqual("type"u8) => "type",
        _ when name.SequenceEqual("interface"u8) => "interface",
        _ when name.SequenceEqual("union"u8) => "union",
        _ when name.SequenceEqual("enum"u8) => "enum",
        _ when name.SequenceEqual("input"u8) => "input",
        _ when name.SequenceEqual("directive"u8) => "directive",
        _ => null,
    };
}
