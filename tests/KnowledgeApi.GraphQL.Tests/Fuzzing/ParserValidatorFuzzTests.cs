using System.Text;
using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Tests.Validation.Harness;
using KnowledgeApi.GraphQL.Validation;
using Xunit.Abstractions;

namespace KnowledgeApi.GraphQL.Tests.Fuzzing;

/// <summary>
/// Twenty thousand generated documents (fixed seeds) through the parser and the validator against
/// a real code-first schema: the only failures allowed are a <see cref="GraphQLSyntaxException"/>
/// with a position, or validation errors in the result. Every document that parses also prints,
/// and its printed form parses again to the same printed form.
/// </summary>
public sealed class ParserValidatorFuzzTests(ITestOutputHelper output)
{
    private readonly DocumentValidator validator = new();

    [Fact]
    public void Every_seed_document_parses_and_prints_back_to_itself()
    {
        foreach (var document in DocumentFuzzer.ValidDocuments)
        {
            var outcome = Check(Encoding.UTF8.GetBytes(document));

            Assert.True(outcome is Outcome.Valid or Outcome.Invalid, $"{outcome}: {document}");
        }
    }

    [Fact]
    public void Ten_thousand_random_token_streams_fail_only_with_syntax_or_validation_errors()
    {
        var fuzzer = new DocumentFuzzer(seed: 14_001);
        var tally = new Tally();
        for (var i = 0; i < 4_500; i++)
        {
            tally.Add(Check(Encoding.UTF8.GetBytes(fuzzer.TokenStream(maxTokens: 60))));
            tally.Add(Check(Encoding.UTF8.GetBytes(fuzzer.GrammarDocument())));
        }

        for (var i = 0; i < 1_000; i++)
        {
            tally.Add(Check(fuzzer.Bytes(maxLength: 200)));
        }

        output.WriteLine("random token streams and bytes: " + tally);
        Assert.Equal(10_000, tally.Total);

        // The generators must reach past the lexer into the validator, or the test proves little
        // (random selections are rarely valid; the mutation test covers valid documents).
        Assert.True(tally.Invalid > 1_000 && tally.SyntaxErrors > 1_000, "the token streams should reach the parser and the validator: " + tally);
    }

    [Fact]
    public void Ten_thousand_mutated_documents_fail_only_with_syntax_or_validation_errors()
    {
        var fuzzer = new DocumentFuzzer(seed: 14_002);
        var tally = new Tally();
        for (var i = 0; i < 10_000; i++)
        {
            tally.Add(Check(Encoding.UTF8.GetBytes(fuzzer.Mutation())));
        }

        output.WriteLine("mutated documents: " + tally);
        Assert.Equal(10_000, tally.Total);
        Assert.True(tally.Valid > 100 && tally.Invalid > 1_000 && tally.SyntaxErrors > 1_000, "the mutations should reach every stage: " + tally);
    }

    /// <summary>Parses, validates and round-trips one document; any exception but a syntax error fails the test, naming the document.</summary>
    private Outcome Check(byte[] source)
    {
        try
        {
            return CheckUnguarded(source);
        }
        catch (Exception exception) when (exception is not Xunit.Sdk.XunitException)
        {
            throw new Xunit.Sdk.XunitException($"{exception.GetType().Name} for {Describe(source)}: {exception}");
        }
    }

    private Outcome CheckUnguarded(byte[] source)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(source);
        }
        catch (GraphQLSyntaxException exception)
        {
            Assert.True(exception.Line >= 1 && exception.Column >= 1 && exception.Position >= 0 && exception.Position <= source.Length, $"a syntax error without a position in {Describe(source)}");
            return Outcome.SyntaxError;
        }

        var printed = Printer.Print(document);
        var reprinted = Printer.Print(ParsePrinted(printed, source));
        Assert.True(printed == reprinted, $"the printer does not round-trip {Describe(source)}:\n{printed}\n---\n{reprinted}");

        var result = validator.Validate(ValidationTestSchema.WithSubscriptions, document);
        Assert.All(result.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
        return result.IsValid ? Outcome.Valid : Outcome.Invalid;
    }

    private static DocumentNode ParsePrinted(string printed, byte[] source)
    {
        try
        {
            return Parser.Parse(printed);
        }
        catch (GraphQLSyntaxException exception)
        {
            throw new Xunit.Sdk.XunitException($"the printed form of {Describe(source)} does not parse ({exception.Message}):\n{printed}");
        }
    }

    private static string Describe(byte[] source) => Convert.ToBase64String(source) + " (" + Encoding.UTF8.GetString(source) + ")";

    private enum Outcome
    {
        SyntaxError,
        Valid,
        Invalid,
    }

    private sealed class Tally
    {
        public int SyntaxErrors { get; private set; }

        public int Valid { get; private set; }

        public int Invalid { get; private set; }

        public int Total => SyntaxErrors + Valid + Invalid;

        public void Add(Outcome outcome)
        {
            switch (outcome)
            {
                case Outcome.SyntaxError:
                    SyntaxErrors++;
                    break;
                case Outcome.Valid:
                    Valid++;
                    break;
                default:
                    Invalid++;
                    break;
            }
        }

        public override string ToString() => $"{Total} documents: {SyntaxErrors} syntax errors, {Invalid} parsed with validation errors, {Valid} valid";
    }
}
