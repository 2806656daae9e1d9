using static KnowledgeApi.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeApi.GraphQL.Tests.Validation;

public sealed class LoneAnonymousOperationRuleTests
{
    [Fact]
    public void One_anonymous_operation_with_fragments_is_valid() =>
        ExpectValid("{ dog { ...F } } fragment F on Dog { name }");

    [Fact]
    public void Each_anonymous_operation_among_several_is_reported() =>
        ExpectErrors("{ dog { name } }\n{ cat { name } }\nquery Named { __typename }", "1:1", "2:1");
}
