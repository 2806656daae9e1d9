using static KnowledgeApi.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeApi.GraphQL.Tests.Validation;

public sealed class NoUnusedFragmentsRuleTests
{
    [Fact]
    public void Fragments_used_directly_or_through_other_fragments_are_valid() =>
        ExpectValid("query A { dog { ...F1 } } query B { cat { ...C } } fragment F1 on Dog { ...F2 } fragment F2 on Dog { name } fragment C on Cat { name }");

    [Fact]
    public void Fragments_only_used_by_unused_fragments_are_reported_too() =>
        ExpectErrors("{ dog { name } }\nfragment U1 on Dog { ...U2 }\nfragment U2 on Dog { name }", "2:1", "3:1");
}
