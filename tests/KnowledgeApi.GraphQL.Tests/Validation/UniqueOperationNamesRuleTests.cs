using static KnowledgeApi.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeApi.GraphQL.Tests.Validation;

public sealed class UniqueOperationNamesRuleTests
{
    [Fact]
    public void Differently_named_operations_of_any_kind_are_valid() =>
        ExpectValid("query A { dog { name } } query B { cat { name } } mutation C { feed(input: { requiredField: true }) }");

    [Fact]
    public void A_repeated_name_points_at_both_names_even_across_operation_kinds()
    {
        var errors = ExpectErrors("query Same { dog { name } } mutation Same { feed(input: { requiredField: true }) }", "1:7 1:38");

        Assert.Equal("Same", errors[0].Extension("operation"));
    }
}
