using static KnowledgeApi.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeApi.GraphQL.Tests.Validation;

public sealed class UniqueVariableNamesRuleTests
{
    [Fact]
    public void Distinct_names_and_the_same_name_in_two_operations_are_valid() =>
        ExpectValid("query A($x: Int) { arguments { intArgField(intArg: $x) } } query B($x: Int) { arguments { intArgField(intArg: $x) } }");

    [Fact]
    public void Every_declaration_of_a_repeated_name_is_pointed_at_in_one_error_and_the_last_one_counts_for_usages() =>
        ExpectErrors("query Q($x: Int, $x: Int, $x: String) { arguments { intArgField(intArg: $x) } }", "1:10 1:19 1:28", "1:27 1:73");
}
