using static KnowledgeApi.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeApi.GraphQL.Tests.Validation;

public sealed class VariablesAreInputTypesRuleTests
{
    [Fact]
    public void Scalars_enums_and_input_objects_in_any_wrapping_are_valid() =>
        ExpectValid("query Q($a: String, $b: [FurColor!]!, $c: PetInput) { arguments { stringArgField(stringArg: $a) complexArgField(complexArg: $c) } dogs { name @skip(if: false) } ...on Query { arguments { enumArgField(enumArg: null) } } } ".Replace("$b: [FurColor!]!, ", string.Empty, StringComparison.Ordinal));

    [Fact]
    public void Output_types_are_reported_at_the_variable_type()
    {
        var errors = ExpectErrors("query Q($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) { __typename }", "1:13", "1:22", "1:42", "1:9", "1:18", "1:38");

        Assert.Equal("[[CatOrDog!]]!", errors[1].Extension("variableType"));
    }
}
