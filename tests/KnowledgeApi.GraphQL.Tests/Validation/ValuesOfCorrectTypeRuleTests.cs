using static KnowledgeApi.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeApi.GraphQL.Tests.Validation;

public sealed class ValuesOfCorrectTypeRuleTests
{
    [Theory]
    [InlineData("intArgField(intArg: -2147483648)")]
    [InlineData("floatArgField(floatArg: 3)")]
    [InlineData("idArgField(idArg: 1234)")]
    [InlineData("idArgField(idArg: \"x\")")]
    [InlineData("enumArgField(enumArg: NO_FUR)")]
    [InlineData("stringListArgField(stringListArg: \"single value becomes a list\")")]
    [InlineData("stringListArgField(stringListArg: [\"a\", null])")]
    [InlineData("complexArgField(complexArg: { requiredField: false, stringListField: [\"a\"], color: TAN })")]
    [InlineData("oneOfArgField(oneOfArg: { byShape: { requiredField: true } })")]
    [InlineData("intArgField(intArg: null)")]
    public void Literals_of_the_expected_type_are_valid(string selection) =>
        ExpectValid("{ arguments { " + selection + " } }");

    [Theory]
    [InlineData("intArgField(intArg: \"3\")", "1:35")]
    [InlineData("intArgField(intArg: 2147483648)", "1:35")]
    [InlineData("intArgField(intArg: 1.5)", "1:35")]
    [InlineData("stringArgField(stringArg: 1)", "1:41")]
    [InlineData("booleanArgField(booleanArg: 1)", "1:43")]
    [InlineData("enumArgField(enumArg: \"TAN\")", "1:37")]
    [InlineData("enumArgField(enumArg: PURPLE)", "1:37")]
    [InlineData("idArgField(idArg: 1.0)", "1:33")]
    [InlineData("nonNullIntArgField(nonNullIntArg: null)", "1:49")]
    [InlineData("stringListNonNullArgField(stringListNonNullArg: [\"a\", null])", "1:69")]
    [InlineData("intArgField(intArg: [1])", "1:35")]
    [InlineData("complexArgField(complexArg: 5)", "1:43")]
    public void Literals_of_another_type_are_reported_at_the_value(string selection, string location)
    {
        var errors = ExpectErrors("{ arguments { " + selection + " } }", location);

        Assert.NotNull(errors[0].Extension("locationType"));
    }

    [Fact]
    public void Missing_required_input_fields_and_unknown_ones_are_reported()
    {
        var errors = ExpectErrors("{ arguments { complexArgField(complexArg: { intField: 4, unknownField: 1 }) } }", "1:43", "1:58");

        Assert.Equal("requiredField", errors[0].Extension("field"));
        Assert.Equal("unknownField", errors[1].Extension("field"));
    }

    [Fact]
    public void A_oneof_input_needs_exactly_one_non_null_field_and_non_null_variables() => ExpectErrors(
        "query Q($n: String) { arguments { a: oneOfArgField(oneOfArg: {}) b: oneOfArgField(oneOfArg: { byName: \"x\", byId: 1 }) c: oneOfArgField(oneOfArg: { byId: null }) d: oneOfArgField(oneOfArg: { byName: $n }) } }",
        "1:62", "1:93", "1:146", "1:189", "1:9 1:199");

    [Fact]
    public void Variable_default_values_are_checked_against_the_variable_type() =>
        ExpectErrors("query Q($a: Int = \"one\", $b: PetInput = { intField: 1 }) { arguments { intArgField(intArg: $a) complexArgField(complexArg: $b) } }", "1:19", "1:41");

    [Fact]
    public void Directive_arguments_are_checked_too() =>
        ExpectErrors("{ dog { name @include(if: \"yes\") @limit(max: 1, unit: PINK) } }", "1:27", "1:55");
}
