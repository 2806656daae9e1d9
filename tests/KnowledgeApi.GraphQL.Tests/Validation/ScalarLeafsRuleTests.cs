using static KnowledgeApi.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeApi.GraphQL.Tests.Validation;

public sealed class ScalarLeafsRuleTests
{
    [Fact]
    public void Leaves_without_and_composites_with_selections_are_valid() =>
        ExpectValid("{ dog { name barks mother { name } } cat { furColor } }");

    [Fact]
    public void An_object_field_without_a_selection_is_reported_at_the_field()
    {
        var errors = ExpectErrors("{ human { pets } }", "1:11");

        Assert.Equal("[Pet]", errors[0].Extension("type"));
        Assert.Equal("Human", errors[0].Extension("declaringType"));
    }

    [Fact]
    public void A_leaf_field_with_a_selection_is_reported_at_the_selection_set() =>
        ExpectErrors("{ dog { barks { sinceWhen } } cat { furColor { x } } }", "1:15", "1:46");

    [Fact]
    public void A_root_type_without_selection_is_reported() =>
        ExpectErrors("{ dog }", "1:3");
}
