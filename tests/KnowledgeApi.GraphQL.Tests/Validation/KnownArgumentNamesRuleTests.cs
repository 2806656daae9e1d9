using static KnowledgeApi.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeApi.GraphQL.Tests.Validation;

public sealed class KnownArgumentNamesRuleTests
{
    [Fact]
    public void Defined_arguments_in_any_order_are_valid() =>
        ExpectValid("{ dog { isAtLocation(y: 1, x: 2) doesKnowCommand(dogCommand: SIT) name @include(if: true) } }");

    [Fact]
    public void Unknown_field_and_directive_arguments_are_reported_at_the_argument()
    {
        var errors = ExpectErrors("{ dog { name(whatever: true) barks @skip(unless: true, if: false) } }", "1:14", "1:42");

        Assert.Equal("Dog", errors[0].Extension("type"));
        Assert.Equal("whatever", errors[0].Extension("argument"));
        Assert.Equal("skip", errors[1].Extension("directive"));
    }

    [Fact]
    public void Arguments_of_unknown_fields_are_not_reported_again() =>
        ExpectErrors("{ dog { unknown(whatever: true) } }", "1:9");
}
