using static KnowledgeApi.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeApi.GraphQL.Tests.Validation;

public sealed class KnownTypeNamesRuleTests
{
    [Fact]
    public void Known_types_in_variables_and_conditions_are_valid() =>
        ExpectValid("query Q($b: FurColor) { arguments { enumArgField(enumArg: $b) } pet { ... on Dog { name } ...F } } fragment F on Cat { name }");

    [Fact]
    public void Unknown_types_are_reported_at_each_named_type()
    {
        var errors = ExpectErrors("query Q($a: [Jedi!]) { human(id: $a) { name } pet { ... on Badger { name } ...F } } fragment F on Peat { name }", "1:14", "1:60", "1:99");

        Assert.Equal("Jedi", errors[0].Extension("type"));
    }
}
