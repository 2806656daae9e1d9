using static KnowledgeApi.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeApi.GraphQL.Tests.Validation;

public sealed class ProvidedRequiredArgumentsRuleTests
{
    [Fact]
    public void Required_arguments_given_and_defaulted_non_null_ones_left_out_are_valid() =>
        ExpectValid("{ arguments { multipleReqs(req2: 2, req1: 1) nonNullFieldWithDefault multipleOptAndReq(req1: 1, req2: 2) } dog { name @include(if: true) } }");

    [Fact]
    public void Each_missing_argument_is_reported_at_the_field_or_directive()
    {
        var errors = ExpectErrors("{ arguments { multipleReqs nonNullIntArgField @include } }", "1:15", "1:15", "1:47", "1:28");

        Assert.Equal("req1", errors[0].Extension("argument"));
        Assert.Equal("include", errors[2].Extension("directive"));
    }
}
