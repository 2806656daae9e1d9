using static KnowledgeApi.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeApi.GraphQL.Tests.Validation;

public sealed class NoFragmentCyclesRuleTests
{
    [Fact]
    public void Spreading_one_fragment_twice_is_not_a_cycle() =>
        ExpectValid("{ dog { ...A } } fragment A on Dog { ...B ...B mother { ...B } } fragment B on Dog { name }");

    [Fact]
    public void A_fragment_spreading_itself_is_reported_at_the_spread() =>
        ExpectErrors("{ dog { ...A } } fragment A on Dog { name ...A }", "1:43");

    [Fact]
    public void A_longer_cycle_lists_every_spread_along_it()
    {
        var errors = ExpectErrors(
            "{ dog { ...A } }\nfragment A on Dog { ...B }\nfragment B on Dog { mother { ...C } }\nfragment C on Dog { ...A }",
            "2:21 3:30 4:21");

        Assert.Contains("`B`, `C`", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chain_of_a_thousand_fragments_is_checked_without_recursion()
    {
        var fragments = string.Concat(Enumerable.Range(0, 1000).Select(i => $"fragment F{i} on Dog {{ ...F{i + 1} }}\n"));
        var document = "{ dog { ...F0 } }\n" + fragments + "fragment F1000 on Dog { ...F0 }";

        var errors = Validate(document);

        var cycle = Assert.Single(errors);
        Assert.Equal(1001, cycle.Locations.Count);
    }
}
