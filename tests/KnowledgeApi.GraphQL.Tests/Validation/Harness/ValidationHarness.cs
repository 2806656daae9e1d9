using KnowledgeApi.GraphQL.Errors;
using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Types;
using KnowledgeApi.GraphQL.Validation;

namespace KnowledgeApi.GraphQL.Tests.Validation.Harness;

/// <summary>
/// What every rule test does: validate a document against the test schema (with a high error
/// cap, so every error shows) and compare the errors' locations and keys, as graphql-js's
/// expectErrors compares messages and locations.
/// </summary>
public static class ValidationHarness
{
    public static IReadOnlyList<GraphQLError> Validate(string document, Schema? schema = null, int maxErrors = 1000) =>
        new DocumentValidator(new ValidationOptions { MaxAllowedErrors = maxErrors })
            .Validate(schema ?? ValidationTestSchema.Instance, Parser.Parse(document))
            .Errors;

    public static void ExpectValid(string document, Schema? schema = null)
    {
        var errors = Validate(document, schema);
        Assert.True(errors.Count == 0, "Expected no errors, got: " + string.Join("; ", errors.Select(e => e.Message)));
    }

    /// <summary>Asserts the errors, in order, by their locations ("line:column" each, space separated).</summary>
    public static IReadOnlyList<GraphQLError> ExpectErrors(string document, params string[] locations) =>
        ExpectErrors(document, null, locations);

    public static IReadOnlyList<GraphQLError> ExpectErrors(string document, Schema? schema, params string[] locations)
    {
        var errors = Validate(document, schema);
        var actual = errors.Select(e => string.Join(" ", e.Locations.Select(l => $"{l.Line}:{l.Column}"))).ToArray();
        Assert.True(
            locations.SequenceEqual(actual),
            $"Expected errors at [{string.Join(" | ", locations)}] but got [{string.Join(" | ", actual)}]: " + string.Join("; ", errors.Select(e => e.Message)));
        foreach (var error in errors)
        {
            Assert.DoesNotContain(error.Extensions, e => e.Key == ErrorExtensionKeys.Code);
            Assert.StartsWith("https://spec.graphql.org/", Assert.IsType<string>(error.Extensions[^1].Value), StringComparison.Ordinal);
            Assert.Equal(ErrorExtensionKeys.SpecifiedBy, error.Extensions[^1].Key);
        }

        return errors;
    }

    public static object? Extension(this GraphQLError error, string key) =>
        error.Extensions.FirstOrDefault(e => e.Key == key).Value;
}
