using static KnowledgeApi.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeApi.GraphQL.Tests.Validation;

public sealed class OverlappingFieldsCanBeMergedRuleTests
{
    [Fact]
    public void Identical_fields_aliases_of_one_field_and_equal_arguments_are_valid() => ExpectValid("""
        { dog { name name otherName: name barks: barks doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT) ...F } }
        fragment F on Dog { name isHouseTrained }
        """);

    [Fact]
    public void Different_fields_under_one_alias_point_at_both()
    {
        var errors = ExpectErrors("{ dog { name: nickname name } }", "1:9 1:24");

        Assert.Contains("`nickname` and `name` are different fields", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Differing_arguments_conflict_even_through_fragments() =>
        ExpectErrors("{ dog { doesKnowCommand(dogCommand: SIT) ...F } }\nfragment F on Dog { doesKnowCommand(dogCommand: HEEL) }", "1:9 2:21");

    [Fact]
    public void Fields_on_distinct_object_types_may_differ_but_not_in_return_shape() =>
        ExpectErrors("{ pet { ... on Dog { x: barkVolume y: name } ... on Cat { x: meows y: nickname } } }", "1:22 1:59");

    [Fact]
    public void Conflicting_subfields_are_reported_on_the_parents_with_every_node_involved()
    {
        var errors = ExpectErrors("{ dog { mother { n: name } } dog { mother { n: barks } } }", "1:3 1:9 1:18 1:30 1:36 1:45");

        Assert.Contains("subfields `mother` conflict because subfields `n` conflict", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ten_thousand_copies_of_one_field_are_merged_without_comparing_every_pair()
    {
        var document = "{ dog { " + string.Concat(Enumerable.Repeat("name ", 10_000)) + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"a{i}: name ")) + "} }";

        ExpectValid(document);
    }

    [Fact]
    public void Thousands_of_conflicting_copies_still_report_at_most_the_cap()
    {
        var document = "{ dog { " + string.Concat(Enumerable.Repeat("x: name x: barks ", 5_000)) + "} }";

        var errors = Validate(document, maxErrors: 5);

        Assert.Equal(5, errors.Count);
    }
}
