using static KnowledgeApi.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeApi.GraphQL.Tests.Validation;

public sealed class FragmentsOnCompositeTypesRuleTests
{
    [Fact]
    public void Fragments_on_objects_interfaces_and_unions_are_valid() =>
        ExpectValid("{ dog { ...A ...B } catOrDog { ...C ... { __typename } } } fragment A on Dog { name } fragment B on Pet { name } fragment C on CatOrDog { __typename }");

    [Fact]
    public void Fragments_on_scalars_enums_and_input_objects_are_reported_at_the_type_condition()
    {
        var errors = ExpectErrors("{ dog { ... on Boolean { x } ...E } } fragment E on FurColor { x } fragment I on PetInput { x }", "1:16", "1:53", "1:82", "1:68");

        Assert.Equal("Boolean", errors[0].Extension("typeCondition"));
        Assert.Equal("E", errors[1].Extension("fragment"));
    }
}
