using static KnowledgeApi.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeApi.GraphQL.Tests.Validation;

public sealed class FieldsOnCorrectTypeRuleTests
{
    [Fact]
    public void Fields_objects_interfaces_and_typename_on_unions_are_valid() => ExpectValid("""
        fragment objectFields on Dog { name barks }
        fragment interfaceFields on Pet { name nickname }
        fragment aliased on Dog { tag: name bark: barks }
        fragment unionTypename on CatOrDog { __typename }
        query { dog { ...objectFields ...interfaceFields ...aliased } catOrDog { ...unionTypename } __typename __schema { queryType { name } } }
        """);

    [Fact]
    public void An_unknown_field_is_reported_at_the_field_with_type_field_and_response_name()
    {
        var errors = ExpectErrors("""
            { dog { meowVolume alias: unknown } }
            """, "1:9", "1:20");

        Assert.Equal("Dog", errors[0].Extension("type"));
        Assert.Equal("meowVolume", errors[0].Extension("field"));
        Assert.Equal("alias", errors[1].Extension("responseName"));
        Assert.Equal("The field `meowVolume` does not exist on the type `Dog`.", errors[0].Message);
    }

    [Fact]
    public void Fields_of_members_cannot_be_selected_on_a_union_directly() =>
        ExpectErrors("{ catOrDog { name } }", "1:14");

    [Fact]
    public void Fields_under_an_unknown_field_are_not_reported_again() =>
        ExpectErrors("{ dog { unknown { deeper } } }", "1:9");

    [Fact]
    public void Schema_meta_fields_exist_only_on_the_query_type() =>
        ExpectErrors("{ dog { __schema { queryType { name } } } }", "1:9");

    [Fact]
    public void The_error_cap_stops_validation_at_five_errors_by_default()
    {
        var errors = Validate("{ a b c d e f g h }", maxErrors: 5);

        Assert.Equal(5, errors.Count);
    }
}
