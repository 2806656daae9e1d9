using static KnowledgeApi.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeApi.GraphQL.Tests.Validation;

public sealed class NoUnusedVariablesRuleTests
{
    [Fact]
    public void Variables_used_in_directives_and_nested_fragments_count_as_used() =>
        ExpectValid("query Q($a: Boolean!, $b: Int) { dog @include(if: $a) { name } arguments { ...F } } fragment F on Arguments { ...G } fragment G on Arguments { intArgField(intArg: $b) }");

    [Fact]
    public void An_unused_variable_is_reported_at_its_definition_per_operation() =>
        ExpectErrors("query A($a: Int, $b: Int) { arguments { ...F } }\nquery B($a: Int) { __typename }\nfragment F on Arguments { intArgField(intArg: $a) }", "1:18", "2:9");
}
