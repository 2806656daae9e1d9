using static KnowledgeApi.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeApi.GraphQL.Tests.Validation;

public sealed class KnownDirectivesRuleTests
{
    [Fact]
    public void Directives_in_their_locations_are_valid() => ExpectValid("""
        query Q($v: Int @onVariableDefinition) @onQuery { dog @onField { ...F @onFragmentSpread ... @onInlineFragment { name } } arguments { intArgField(intArg: $v) } }
        fragment F on Dog @onFragmentDefinition { name @skip(if: false) }
        mutation M @onMutation { __typename }
        """);

    [Fact]
    public void An_unknown_directive_is_reported_at_the_directive()
    {
        var errors = ExpectErrors("{ dog @unknown(x: 1) { name } }", "1:7");

        Assert.Equal("unknown", errors[0].Extension("directive"));
    }

    [Fact]
    public void A_directive_in_a_wrong_location_names_the_location()
    {
        var errors = ExpectErrors("query Q @onField { dog @onQuery { name } }\nmutation M @onQuery { __typename }", "1:9", "1:24", "2:12");

        Assert.Equal("QUERY", errors[0].Extension("location"));
        Assert.Equal("FIELD", errors[1].Extension("location"));
    }
}
