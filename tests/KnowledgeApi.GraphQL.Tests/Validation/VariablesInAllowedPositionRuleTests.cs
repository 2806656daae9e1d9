using static KnowledgeApi.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeApi.GraphQL.Tests.Validation;

public sealed class VariablesInAllowedPositionRuleTests
{
    [Theory]
    [InlineData("$v: Int!", "nonNullIntArgField(nonNullIntArg: $v)")]
    [InlineData("$v: Int = 1", "nonNullIntArgField(nonNullIntArg: $v)")]
    [InlineData("$v: Int", "nonNullFieldWithDefault(arg: $v)")]
    [InlineData("$v: [String!]", "stringListArgField(stringListArg: $v)")]
    [InlineData("$v: String", "stringListArgField(stringListArg: [$v])")]
    [InlineData("$v: Boolean!", "intArgField @include(if: $v)")]
    [InlineData("$v: PetInput!", "oneOfArgField(oneOfArg: { byShape: $v })")]
    public void Variables_whose_type_fits_the_position_are_valid(string definition, string selection) =>
        ExpectValid($"query Q({definition}) {{ arguments {{ {selection} }} }}");

    [Theory]
    [InlineData("$v: Int", "nonNullIntArgField(nonNullIntArg: $v)")]
    [InlineData("$v: Int = null", "nonNullIntArgField(nonNullIntArg: $v)")]
    [InlineData("$v: String", "intArgField(intArg: $v)")]
    [InlineData("$v: [String]", "stringListNonNullArgField(stringListNonNullArg: $v)")]
    [InlineData("$v: Boolean", "intArgField @include(if: $v)")]
    [InlineData("$v: [Int]", "intArgField(intArg: $v)")]
    public void Variables_whose_type_does_not_fit_point_at_definition_and_use(string definition, string selection)
    {
        var text = $"query Q({definition}) {{ arguments {{ {selection} }} }}";

        var errors = ExpectErrors(text, $"1:9 1:{text.IndexOf("$v)", StringComparison.Ordinal) + 1}");

        Assert.Equal("v", errors[0].Extension("variable"));
    }

    [Fact]
    public void A_nullable_variable_for_a_oneof_field_is_reported() =>
        ExpectErrors("query Q($v: String) { arguments { oneOfArgField(oneOfArg: { byName: $v }) } }", "1:59", "1:9 1:69");
}
