using KnowledgeApi.GraphQL.Execution;

namespace KnowledgeApi.GraphQL.Tests.Execution;

/// <summary><c>__schema</c>, <c>__type</c> and <c>__typename</c> executed like any other field, and switched off on request.</summary>
public sealed class IntrospectionExecutionTests
{
    [Fact]
    public async Task Schema_and_type_meta_fields_describe_the_schema()
    {
        var json = await ExecutionHarness.RunAsync("""
            {
              __schema { queryType { name } mutationType { name } subscriptionType { name } }
              __type(name: "SearchResult") { kind name possibleTypes { name } }
              lookup: __type(name: "BookLookupInput") { isOneOf inputFields { name type { kind ofType { name } } } }
              missing: __type(name: "Nope") { name }
            }
            """);

        Assert.Equal(
            """{"data":{"__schema":{"queryType":{"name":"Query"},"mutationType":{"name":"Mutation"},"subscriptionType":null},"__type":"""
            + """{"kind":"UNION","name":"SearchResult","possibleTypes":[{"name":"Book"},{"name":"Magazine"},{"name":"Author"}]},"lookup":"""
            + """{"isOneOf":true,"inputFields":[{"name":"id","type":{"kind":"SCALAR","ofType":null}},{"name":"title","type":{"kind":"SCALAR","ofType":null}}]},"missing":null}}""",
            json);
    }

    [Fact]
    public async Task Include_deprecated_arguments_are_honoured()
    {
        var json = await ExecutionHarness.RunAsync("""{ __type(name: "Genre") { enumValues(includeDeprecated: true) { name isDeprecated } } }""");

        Assert.Equal("""{"data":{"__type":{"enumValues":[{"name":"NOVEL","isDeprecated":false},{"name":"POETRY","isDeprecated":false},{"name":"SCIENCE_FICTION","isDeprecated":false}]}}}""", json);
    }

    [Fact]
    public async Task Switched_off_introspection_is_a_field_error_HC0046_but_typename_still_works()
    {
        var json = await ExecutionHarness.RunAsync(
            """{ __typename __schema { queryType { name } } }""",
            options: new RequestExecutorOptions { EnableIntrospection = false });

        Assert.Equal(
            """{"errors":[{"message":"Introspection is not allowed for the current request.","locations":[{"line":1,"column":14}],"path":["__schema"],"extensions":{"code":"HC0046","field":"__schema"}}],"data":null}""",
            json);
    }
}
