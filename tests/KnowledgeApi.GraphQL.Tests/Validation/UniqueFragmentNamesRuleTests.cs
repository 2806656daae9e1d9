using static KnowledgeApi.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeApi.GraphQL.Tests.Validation;

public sealed class UniqueFragmentNamesRuleTests
{
    [Fact]
    public void Distinct_fragment_names_are_valid() =>
        ExpectValid("{ dog { ...A ...B } } fragment A on Dog { name } fragment B on Dog { barks }");

    [Fact]
    public void A_repeated_fragment_name_points_at_both_names() =>
        ExpectErrors("{ dog { ...A } }\nfragment A on Dog { name }\nfragment A on Dog { barks }", "2:10 3:10");
}
