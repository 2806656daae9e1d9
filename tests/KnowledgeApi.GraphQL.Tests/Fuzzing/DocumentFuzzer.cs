using System.Text;

namespace KnowledgeApi.GraphQL.Tests.Fuzzing;

/// <summary>
/// Makes documents for the parser and validator from a fixed seed: random streams of GraphQL
/// tokens (and of bytes), and valid documents mutated at the character and token level. Each
/// seed gives the same documents, so a failure replays exactly.
/// </summary>
internal sealed class DocumentFuzzer(int seed)
{
    /// <summary>Valid documents over the validation test schema that cover the executable grammar (and some SDL).</summary>
    public static readonly string[] ValidDocuments =
    [
        "{ dog { name barkVolume } }",
        "query Q($x: Int = 3, $c: DogCommand! = SIT) @onQuery { dog { doesKnowCommand(dogCommand: $c) isAtLocation(x: $x, y: 4) } }",
        "query { pet { ... on Dog { barks mother { name(surname: true) } } ...catFields } } fragment catFields on Cat { meows furColor }",
        "mutation M($input: PetInput!) { feed(input: $input, times: 2) renameDog(name: \"Rex\") { name } }",
        "{ arguments { complexArgField(complexArg: { requiredField: true, stringListField: [\"a\", null, \"\"\"block\n  text\"\"\"], color: BROWN }) floatArgField(floatArg: -1.5e10) } }",
        "query ($skip: Boolean!) { human(id: \"4\") { name @skip(if: $skip) pets @include(if: true) { nickname } relatives { iq } } }",
        "{ catOrDog { __typename ... on Cat { meows } ... on Dog @tag(name: \"x\") @tag(name: \"y\") { barks } } }",
        "{ arguments { oneOfArgField(oneOfArg: { byName: \"Rex\" }) multipleReqs(req1: 1, req2: 2) stringListArgField(stringListArg: \"single\") } }",
        "{ dogs(first: 2) { name } being { name } dogOrHuman { ... on Human { iq } } humanOrRobot { ... on Robot { serialNumber model } } }",
        "type Extra { a: Int } extend type Query { b(c: [String!]! = [\"d\"]): Extra } directive @x(y: Int) repeatable on FIELD | QUERY",
        "# a comment\n{ dog { ...on Dog { name } } } fragment Unused on Dog { nickname }",
        "subscription S { dogBarked { name } }",
    ];

    private static readonly string[] Tokens =
    [
        "{", "}", "(", ")", "[", "]", ":", "=", "@", "$", "!", "|", "&", "...", "..", ".", ",", "\n", "#c\n",
        "query", "mutation", "subscription", "fragment", "on", "type", "interface", "union", "enum", "input", "scalar", "schema", "extend",
        "directive", "repeatable", "implements", "true", "false", "null",
        "dog", "name", "barkVolume", "mother", "pet", "human", "Dog", "Cat", "Human", "Query", "PetInput", "DogCommand", "SIT", "BROWN",
        "__typename", "__schema", "__type", "arguments", "complexArgField", "complexArg", "requiredField", "feed", "input", "skip", "include", "if", "x", "y",
        "0", "-1", "1.5", "1e3", "-0.0e-2", "00", "1.", ".5", "0x1F", "99999999999999999999", "1e99999",
        "\"s\"", "\"\"", "\"\\u00e9\"", "\"\\uD83D\\uDE00\"", "\"\\uD800\"", "\"\\x\"", "\"unterminated", "\"\"\"block\"\"\"", "\"\"\"", "\"\\\"\"",
        "é", "\u00A0", "\uFEFF", "\t", "\r", "\0", "?", "%", "'",
    ];

    private readonly Random random = new(seed);

    /// <summary>Up to <paramref name="maxTokens"/> tokens from the vocabulary, separated by random ignored characters (or none).</summary>
    public string TokenStream(int maxTokens)
    {
        var text = new StringBuilder();
        var count = random.Next(1, maxTokens);
        for (var i = 0; i < count; i++)
        {
            text.Append(Tokens[random.Next(Tokens.Length)]);
            text.Append(random.Next(4) switch
            {
                0 => string.Empty,
                1 => ",",
                _ => " ",
            });
        }

        return text.ToString();
    }

    /// <summary>
    /// A random document drawn from the executable grammar (operations, variables, fields with
    /// arguments of every value kind, directives, fragments, inline fragments) over names the
    /// schema has and some it has not; a token stream that mostly parses, so validation is fuzzed.
    /// </summary>
    public string GrammarDocument()
    {
        var text = new StringBuilder();
        var definitions = random.Next(1, 4);
        for (var d = 0; d < definitions; d++)
        {
            if (random.Next(4) == 0)
            {
                text.Append("fragment ").Append(Pick(FragmentNames)).Append(" on ").Append(Pick(TypeNames)).Append(' ');
            }
            else
            {
                text.Append(Pick(["", "query ", "mutation ", "subscription ", "query Q ", "query Q($v: Int, $b: Boolean! = true) "]));
            }

            Directives(text);
            SelectionSet(text, depth: 0);
        }

        // Sometimes one stray token, so the parser's error paths see near-valid input too.
        if (random.Next(3) == 0)
        {
            text.Insert(random.Next(text.Length + 1), " " + Tokens[random.Next(Tokens.Length)] + " ");
        }

        return text.ToString();
    }

    private static readonly string[] FieldNames =
    [
        "dog", "cat", "pet", "human", "being", "catOrDog", "dogOrHuman", "humanOrRobot", "arguments", "dogs", "name", "nickname", "barkVolume",
        "barks", "doesKnowCommand", "isHouseTrained", "isAtLocation", "mother", "father", "meows", "furColor", "pets", "relatives", "iq",
        "model", "serialNumber", "complexArgField", "intArgField", "multipleReqs", "__typename", "__schema", "__type", "unknownField", "feed", "renameDog",
    ];

    private static readonly string[] ArgumentNames = ["x", "y", "surname", "dogCommand", "atOtherHomes", "intArg", "complexArg", "req1", "first", "id", "name", "if", "unknownArg"];

    private static readonly string[] TypeNames = ["Dog", "Cat", "Pet", "Human", "Being", "CatOrDog", "Query", "Mutation", "Robot", "String", "Unknown"];

    private static readonly string[] FragmentNames = ["F", "G", "H"];

    private static readonly string[] Values =
    [
        "1", "-2", "3.5", "true", "false", "null", "\"s\"", "\"\"\"b\"\"\"", "SIT", "BROWN", "$v", "$b", "$undefined", "[]", "[1, 2]", "[[null]]",
        "{}", "{ requiredField: true }", "{ requiredField: false, intField: $v, color: TAN }", "{ byName: \"a\", byId: 1 }", "99999999999",
    ];

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private void SelectionSet(StringBuilder text, int depth)
    {
        text.Append("{ ");
        var selections = random.Next(1, 4);
        for (var s = 0; s < selections; s++)
        {
            switch (depth < 4 ? random.Next(8) : 0)
            {
                case 6:
                    text.Append("...").Append(Pick(FragmentNames)).Append(' ');
                    Directives(text);
                    break;
                case 7:
                    text.Append("... ");
                    if (random.Next(3) > 0)
                    {
                        text.Append("on ").Append(Pick(TypeNames)).Append(' ');
                    }

                    Directives(text);
                    SelectionSet(text, depth + 1);
                    break;
                default:
                    if (random.Next(4) == 0)
                    {
                        text.Append(Pick(["a", "b", "name"])).Append(": ");
                    }

                    text.Append(Pick(FieldNames));
                    if (random.Next(3) == 0)
                    {
                        text.Append('(').Append(Pick(ArgumentNames)).Append(": ").Append(Pick(Values)).Append(") ");
                    }

                    Directives(text);
                    if (depth < 4 && random.Next(2) == 0)
                    {
                        SelectionSet(text, depth + 1);
                    }

                    text.Append(' ');
                    break;
            }
        }

        text.Append("} ");
    }

    private void Directives(StringBuilder text)
    {
        if (random.Next(5) == 0)
        {
            text.Append(Pick(["@skip(if: $b) ", "@include(if: true) ", "@onField ", "@tag(name: \"t\") ", "@unknown ", "@skip "]));
        }
    }

    /// <summary>Random bytes, often not UTF-8.</summary>
    public byte[] Bytes(int maxLength)
    {
        var bytes = new byte[random.Next(0, maxLength)];
        random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>A valid document with one to four random edits: deletions, insertions, replacements, duplicated or swapped slices.</summary>
    public string Mutation()
    {
        var text = new StringBuilder(ValidDocuments[random.Next(ValidDocuments.Length)]);
        var edits = random.Next(1, 5);
        for (var e = 0; e < edits && text.Length > 1; e++)
        {
            var at = random.Next(text.Length);
            var length = Math.Min(random.Next(1, 12), text.Length - at);
            switch (random.Next(6))
            {
                case 0:
                    text.Remove(at, length);
                    break;
                case 1:
                    text.Insert(at, Tokens[random.Next(Tokens.Length)]);
                    break;
                case 2:
                    text[at] = (char)random.Next(0x20, 0x7F);
                    break;
                case 3:
                    text.Insert(at, text.ToString(at, length));
                    break;
                case 4:
                    // Swap this slice with another one later in the text.
                    var other = random.Next(at, text.Length - length + 1);
                    var first = text.ToString(at, length);
                    var second = text.ToString(other, length);
                    text.Remove(other, length).Insert(other, first);
                    text.Remove(at, length).Insert(at, second);
                    break;
                default:
                    // Nest: wrap a slice in braces or brackets, which grows depth quickly when repeated.
                    var (open, close) = random.Next(2) == 0 ? ("{", "}") : ("[", "]");
                    text.Insert(at + length, close).Insert(at, open);
                    break;
            }
        }

        return text.ToString();
    }
}
