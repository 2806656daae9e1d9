using static KnowledgeApi.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeApi.GraphQL.Tests.Validation;

public sealed class PossibleFragmentSpreadsRuleTests
{
    [Fact]
    public void Spreads_between_overlapping_types_are_valid() => ExpectValid("""
        { dog { ...OnPet ...OnUnion ... on Being { name } } pet { ... on Dog { barks } ...OnUnion } catOrDog { ... on Pet { name } ... on DogOrHuman { __typename } } }
        fragment OnPet on Pet { name }
        fragment OnUnion on CatOrDog { __typename }
        """);

    [Fact]
    public void Spreads_that_can_never_apply_are_reported()
    {
        var errors = ExpectErrors("{ dog { ... on Cat { meows } ...R } humanOrRobot { ... on Pet { name } } }\nfragment R on Robot { model }", "1:9", "1:30", "1:52");

        Assert.Equal("Cat", errors[0].Extension("typeCondition"));
        Assert.Equal("Dog", errors[0].Extension("selectionSetType"));
        Assert.Equal("R", errors[1].Extension("fragment"));
    }
}
