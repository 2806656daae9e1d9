using static KnowledgeApi.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeApi.GraphQL.Tests.Validation;

public sealed class ExecutableDefinitionsRuleTests
{
    [Fact]
    public void Operations_and_fragments_are_executable() =>
        ExpectValid("query Q { dog { ...F } } fragment F on Dog { name }");

    [Fact]
    public void A_type_definition_in_a_request_is_reported_at_the_definition()
    {
        var errors = ExpectErrors("{ dog { name } }\ntype Cow { name: String }\nextend type Dog { color: String }", "2:1", "3:1");

        Assert.Equal("Cow", errors[0].Extension("definition"));
    }
}
