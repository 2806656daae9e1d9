using System.Text.Json;
using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Types;
using KnowledgeApi.TestSupport;

namespace KnowledgeApi.Conformance.Tests.Execution;

/// <summary>
/// Our executor and graphql-js run the same documents on the same schema (graphql-js builds it
/// from our SDL and attaches equivalent resolvers over the same data): the <c>data</c> must be
/// identical, byte for byte after normalisation (so member order counts), and errors must sit at
/// the same paths and locations. Messages and codes are ours.
/// </summary>
public sealed class ExecutionConformanceTests
{
    private static readonly Lazy<Schema> Schema = new(StarWarsData.CreateSchema);
    private static readonly Lazy<RequestExecutor> Executor = new(() => new RequestExecutor(Schema.Value));

    public static TheoryData<string> CaseNames => ExecutionCorpus.Names();

    [Fact]
    public void The_corpus_has_at_least_a_hundred_documents() => Assert.True(ExecutionCorpus.Cases.Count >= 100, $"{ExecutionCorpus.Cases.Count} cases");

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Our_answer_matches_graphql_js(string name)
    {
        var testCase = ExecutionCorpus.Cases[name];
        JsonElement? variables = testCase.Variables is null ? null : JsonDocument.Parse(testCase.Variables).RootElement;

        var ours = await Executor.Value.ExecuteAsync(new GraphQLRequest
        {
            Query = testCase.Query,
            OperationName = testCase.OperationName,
            Variables = variables?.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone()),
        });
        var theirs = await GraphQLJs.Shared.CallAsync("executeStarWars", new
        {
            sdl = SchemaPrinter.Print(Schema.Value),
            data = StarWarsData.ForJavaScript(),
            query = testCase.Query,
            variables,
            operationName = testCase.OperationName,
        });

        Assert.Empty(theirs.GetProperty("validationErrors").EnumerateArray());
        Assert.Equal(theirs.GetProperty("hasData").GetBoolean(), ours.HasData);
        if (ours.HasData)
        {
            using var ourJson = JsonDocument.Parse(((ExecutionResult)ours).ToJson());
            Assert.Equal(Normalise(theirs.GetProperty("data").GetString()!), Normalise(ourJson.RootElement.GetProperty("data").GetRawText()));
        }

        var theirErrors = theirs.GetProperty("errors").EnumerateArray()
            .Select(e => Describe(e.GetProperty("path"), e.GetProperty("locations")))
            .Order(StringComparer.Ordinal)
            .ToList();
        var ourErrors = ours.Errors
            .Select(e => Describe(JsonSerializer.SerializeToElement(e.Path), JsonSerializer.SerializeToElement(e.Locations.Select(l => new { line = l.Line, column = l.Column }))))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (ours.HasData)
        {
            Assert.Equal(theirErrors, ourErrors);
        }
        else
        {
            // Refused before execution: both report the request's problems (graphql-js and we may word and split them differently).
            Assert.NotEmpty(theirErrors);
            Assert.NotEmpty(ourErrors);
        }
    }

    private static string Normalise(string json) => JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement);

    private static string Describe(JsonElement path, JsonElement locations) =>
        $"{(path.ValueKind == JsonValueKind.Array ? path.GetRawText() : "-")} @ {(locations.ValueKind == JsonValueKind.Array ? JsonSerializer.Serialize(locations) : "-")}";
}
