using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Tests.Validation.Harness;
using KnowledgeApi.GraphQL.Types;
using KnowledgeApi.GraphQL.Validation;
using KnowledgeApi.TestSupport;
using Xunit.Abstractions;

namespace KnowledgeApi.Conformance.Tests.Validation;

/// <summary>
/// Differential validation: generated documents (valid ones and ones with one named defect each)
/// are validated by us and by graphql-js 16 (specifiedRules plus operation type existence)
/// against the same schema, printed by our SchemaPrinter. Verdicts must agree on every document;
/// the sets of error locations on at least 95% of them.
/// </summary>
public sealed class ValidationConformanceTests(ITestOutputHelper output)
{
    private const int PerDefect = 25;
    private const int ValidDocuments = 150;

    [Fact]
    public async Task Generated_documents_get_graphql_js_verdicts_and_error_locations_on_the_test_schema() =>
        await CompareAsync(ValidationTestSchema.Instance, seed: 20261128);

    private async Task CompareAsync(Schema schema, int seed)
    {
        var generator = new DocumentGenerator(schema, seed);
        var cases = new List<(Defect Defect, string Text)>();
        for (var i = 0; i < ValidDocuments; i++)
        {
            cases.Add((Defect.None, generator.Generate(Defect.None)));
        }

        foreach (var defect in Enum.GetValues<Defect>().Where(d => d != Defect.None))
        {
            for (var i = 0; i < PerDefect; i++)
            {
                cases.Add((defect, generator.Generate(defect)));
            }
        }

        var sdl = SchemaPrinter.Print(schema);
        var answers = await GraphQLJs.Shared.CallAsync("validateDocuments", new { sdl, documents = cases.Select(c => c.Text).ToArray() });
        var validator = new DocumentValidator(new ValidationOptions { MaxAllowedErrors = 1000 });
        var verdictMismatches = new List<string>();
        var locationMismatches = new List<string>();
        var index = 0;
        foreach (var answer in answers.EnumerateArray())
        {
            var (defect, text) = cases[index++];
            Assert.False(answer.TryGetProperty("parseError", out var parseError), $"graphql-js could not parse: {parseError}\n{text}");
            var theirs = answer.GetProperty("errors").EnumerateArray().ToList();
            var ours = validator.Validate(schema, Parser.Parse(text)).Errors;
            Assert.True(defect == Defect.None ? theirs.Count == 0 : theirs.Count > 0, $"The generator's {defect} document is not what it should be: {string.Join("; ", theirs.Select(e => e.GetProperty("message").GetString()))}\n{text}");
            if ((ours.Count == 0) != (theirs.Count == 0))
            {
                verdictMismatches.Add($"{defect}: ours [{string.Join("; ", ours.Select(e => e.Message))}] theirs [{string.Join("; ", theirs.Select(e => e.GetProperty("message").GetString()))}]\n{text}");
                continue;
            }

            var ourLocations = ours.SelectMany(e => e.Locations).Select(l => $"{l.Line}:{l.Column}").ToHashSet();
            var theirLocations = theirs.SelectMany(e => e.GetProperty("locations").EnumerateArray())
                .Select(l => $"{l.GetProperty("line").GetInt32()}:{l.GetProperty("column").GetInt32()}").ToHashSet();
            if (!ourLocations.SetEquals(theirLocations))
            {
                locationMismatches.Add($"{defect}: ours [{string.Join(" ", ourLocations)}] {string.Join("; ", ours.Select(e => e.Message))}\n theirs [{string.Join(" ", theirLocations)}] {string.Join("; ", theirs.Select(e => e.GetProperty("message").GetString()))}\n{text}");
            }
        }

        var agreement = 1.0 - (double)locationMismatches.Count / cases.Count;
        output.WriteLine($"{cases.Count} documents ({ValidDocuments} valid, {PerDefect} for each of {Enum.GetValues<Defect>().Length - 1} defects): verdicts agree on {cases.Count - verdictMismatches.Count}, location sets on {agreement:P1}.");
        foreach (var mismatch in locationMismatches.Take(10))
        {
            output.WriteLine(mismatch);
        }

        Assert.True(cases.Count >= 500);
        Assert.True(verdictMismatches.Count == 0, string.Join("\n\n", verdictMismatches.Take(5)));
        Assert.True(agreement >= 0.95, string.Join("\n\n", locationMismatches.Take(5)));
    }
}
