using static KnowledgeApi.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeApi.GraphQL.Tests.Validation;

public sealed class OperationTypeExistenceRuleTests
{
    [Fact]
    public void Queries_and_mutations_are_valid_when_the_schema_has_their_roots() =>
        ExpectValid("query Q { __typename } mutation M { renameDog(name: \"Rex\") { name } }");

    [Fact]
    public void A_subscription_without_a_subscription_root_is_reported_at_the_operation()
    {
        var errors = ExpectErrors("query Q { __typename }\nsubscription S { dogBarked { name } }", "2:1");

        Assert.Equal("subscription", errors[0].Extension("operation"));
        Assert.Contains("draft/#sec-Operation-Type-Existence", (string)errors[0].Extensions[^1].Value!, StringComparison.Ordinal);
    }
}
