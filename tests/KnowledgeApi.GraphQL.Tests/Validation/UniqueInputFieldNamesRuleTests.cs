using static KnowledgeApi.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeApi.GraphQL.Tests.Validation;

public sealed class UniqueInputFieldNamesRuleTests
{
    [Fact]
    public void The_same_field_in_nested_objects_is_valid() =>
        ExpectValid("{ arguments { oneOfArgField(oneOfArg: { byShape: { requiredField: true, intField: 1 } }) } }");

    [Fact]
    public void Repeated_input_fields_point_at_the_first_and_each_repetition() =>
        ExpectErrors("{ arguments { complexArgField(complexArg: { requiredField: true, requiredField: false, requiredField: true }) } }", "1:45 1:66", "1:45 1:88");
}
