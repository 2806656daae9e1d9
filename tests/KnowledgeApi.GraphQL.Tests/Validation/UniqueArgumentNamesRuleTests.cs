using static KnowledgeApi.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeApi.GraphQL.Tests.Validation;

public sealed class UniqueArgumentNamesRuleTests
{
    [Fact]
    public void The_same_argument_on_different_fields_and_directives_is_valid() =>
        ExpectValid("{ arguments { multipleOpts(opt1: 1, opt2: 2) a: multipleOpts(opt1: 1) @include(if: true) @skip(if: false) } }");

    [Fact]
    public void Repeated_arguments_point_at_every_repetition() =>
        ExpectErrors("{ arguments { multipleOpts(opt1: 1, opt1: 2, opt1: 3) @include(if: true, if: true) } }", "1:28 1:37 1:46", "1:64 1:74");
}
