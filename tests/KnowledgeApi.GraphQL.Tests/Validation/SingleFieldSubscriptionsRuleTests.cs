using KnowledgeApi.GraphQL.Tests.Validation.Harness;
using static KnowledgeApi.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeApi.GraphQL.Tests.Validation;

public sealed class SingleFieldSubscriptionsRuleTests
{
    [Fact]
    public void One_root_field_even_through_fragments_is_valid() =>
        ExpectValid("subscription S { ...F } fragment F on Subscription { dogBarked { name } dogBarked { barks } }", ValidationTestSchema.WithSubscriptions);

    [Fact]
    public void Extra_root_fields_are_reported_including_ones_from_fragments() =>
        ExpectErrors("subscription S { dogBarked { name } ...F } fragment F on Subscription { catMeowed { name } }", ValidationTestSchema.WithSubscriptions, "1:73");

    [Fact]
    public void An_introspection_root_field_is_not_allowed() =>
        ExpectErrors("subscription { __typename }", ValidationTestSchema.WithSubscriptions, "1:16");

    [Fact]
    public void A_constant_skip_removes_a_field_from_the_count() =>
        ExpectValid("subscription S { dogBarked { name } catMeowed @skip(if: true) { name } }", ValidationTestSchema.WithSubscriptions);
}
