using static KnowledgeApi.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeApi.GraphQL.Tests.Validation;

public sealed class UniqueDirectivesPerLocationRuleTests
{
    [Fact]
    public void Repeatable_directives_may_repeat_and_others_may_appear_once_per_node() =>
        ExpectValid("{ dog @tag(name: \"a\") @tag(name: \"b\") @onField { name @onField } }");

    [Fact]
    public void Each_repetition_points_at_the_first_use_and_itself() =>
        ExpectErrors("{ dog @onField @onField @onField { name @skip(if: true) @skip(if: false) } }", "1:7 1:16", "1:7 1:25", "1:41 1:57");
}
