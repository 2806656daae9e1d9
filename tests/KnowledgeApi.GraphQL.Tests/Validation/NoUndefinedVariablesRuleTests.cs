using static KnowledgeApi.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeApi.GraphQL.Tests.Validation;

public sealed class NoUndefinedVariablesRuleTests
{
    [Fact]
    public void Variables_used_in_fragments_defined_later_are_found() =>
        ExpectValid("query Q($a: Int) { arguments { ...F } } fragment F on Arguments { intArgField(intArg: $a) }");

    [Fact]
    public void An_undeclared_variable_points_at_the_use_and_the_operation()
    {
        var errors = ExpectErrors("query Q { arguments { ...F } }\nfragment F on Arguments { intArgField(intArg: $b) }", "2:47 1:1");

        Assert.Equal("b", errors[0].Extension("variable"));
        Assert.Equal("Q", errors[0].Extension("operation"));
    }
}
