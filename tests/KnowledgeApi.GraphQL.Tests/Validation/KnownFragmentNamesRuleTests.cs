using static KnowledgeApi.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeApi.GraphQL.Tests.Validation;

public sealed class KnownFragmentNamesRuleTests
{
    [Fact]
    public void Spreads_of_defined_fragments_are_valid() =>
        ExpectValid("{ dog { ...A ... on Dog { ...B } } } fragment A on Dog { name } fragment B on Dog { barks }");

    [Fact]
    public void An_undefined_fragment_is_reported_at_the_name_after_the_dots()
    {
        var errors = ExpectErrors("{ dog { ...Missing name } }", "1:12");

        Assert.Equal("Missing", errors[0].Extension("fragment"));
    }
}
