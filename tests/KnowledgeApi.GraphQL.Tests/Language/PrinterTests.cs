using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.GraphQL.Tests.Language;

// The full byte-for-byte comparison with graphql-js lives in the conformance tests; these pin
// the individual rules so a regression names the rule it broke.
public sealed class PrinterTests
{
    [Fact]
    public void An_anonymous_query_without_variables_prints_in_shorthand()
    {
        Assert.Equal("{\n  a\n}", Print("query { a }"));
        Assert.Equal("query Q {\n  a\n}", Print("query Q { a }"));
        Assert.Equal("query @d {\n  a\n}", Print("query @d { a }"));
    }

    [Fact]
    public void Field_arguments_wrap_one_per_line_past_eighty_characters()
    {
        var printed = Print("{ field(argumentNumberOne: \"aaaaaaaaaaaaaaa\", argumentNumberTwo: \"bbbbbbbbbbbbbbbbbbbb\") }");

        Assert.Equal("{\n  field(\n    argumentNumberOne: \"aaaaaaaaaaaaaaa\"\n    argumentNumberTwo: \"bbbbbbbbbbbbbbbbbbbb\"\n  )\n}", printed);
    }

    [Fact]
    public void Strings_escape_quotes_backslashes_and_control_characters_only()
    {
        Assert.Equal("\"a\\\"b\\\\c\\n\\u0001\\u007F é 😀\"", Printer.PrintString("a\"b\\c\n\u0001\u007F é 😀"));
    }

    [Theory]
    [InlineData("short", "\"\"\"short\"\"\"")]
    [InlineData("  leading space", "\"\"\"  leading space\"\"\"")]
    [InlineData("two\nlines", "\"\"\"\ntwo\nlines\n\"\"\"")]
    [InlineData("ends with \"", "\"\"\"\nends with \"\n\"\"\"")]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"")]
    [InlineData("first\n  indented", "\"\"\"\nfirst\n  indented\n\"\"\"")]
    public void Block_strings_add_line_breaks_only_where_the_value_needs_them(string value, string expected)
    {
        Assert.Equal(expected, Printer.PrintBlockString(value));
    }

    [Fact]
    public void Descriptions_print_above_their_definitions_and_force_multiline_arguments()
    {
        var printed = Print("type T { f(\"arg\" a: Int): Int }");

        Assert.Equal("type T {\n  f(\n    \"arg\"\n    a: Int\n  ): Int\n}", printed);
    }

    [Fact]
    public void Nodes_print_themselves_through_ToString()
    {
        var field = ((OperationDefinitionNode)Parser.Parse("{ a(x: [1, {y: $v}]) @d }").Definitions[0]).SelectionSet.Selections[0];

        Assert.Equal("a(x: [1, {y: $v}]) @d", field.ToString());
    }

    [Fact]
    public void Every_definition_kind_round_trips_through_the_printer()
    {
        const string sdl = """
            schema {
              query: Q
            }

            scalar S

            type T implements I & J @d {
              f(a: Int = 1): [T!]!
            }

            interface I implements J

            union U = A | B

            enum E {
              A
              B @deprecated
            }

            input In {
              x: Int = 2
            }

            directive @d(x: Int) repeatable on FIELD | OBJECT

            extend schema @d

            extend scalar S @d

            extend type T {
              g: Int
            }

            extend interface I @d

            extend union U = C

            extend enum E {
              C
            }

            extend input In {
              y: Int
            }
            """;

        Assert.Equal(sdl, Print(sdl));
    }

    private static string Print(string text) => Printer.Print(Parser.Parse(text));
}
