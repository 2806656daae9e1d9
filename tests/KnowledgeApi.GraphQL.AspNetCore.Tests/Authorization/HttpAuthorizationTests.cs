using System.Net;
using System.Text;
using System.Text.Json;
using KnowledgeApi.GraphQL.AspNetCore.Authorization;
using KnowledgeApi.GraphQL.AspNetCore.Tests.Http;
using Microsoft.Extensions.DependencyInjection;
using GraphQLAuthorizationHandler = KnowledgeApi.GraphQL.Authorization.IAuthorizationHandler;

namespace KnowledgeApi.GraphQL.AspNetCore.Tests.Authorization;

/// <summary>[Authorize] over real Kestrel with a real ASP.NET Core authentication scheme and policy.</summary>
public sealed class HttpAuthorizationTests : IAsyncLifetime
{
    private const string Refused = "The current user is not authorized to access this resource.";
    private GraphQLTestServer server = null!;

    private ResolverCalls Calls => server.Services.GetRequiredService<ResolverCalls>();

    public async Task InitializeAsync() => server = await GraphQLTestServer.StartAsync(GuardedApi.AddTo, beforeMap: GuardedApi.UseAuthentication);

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public void AddGraphQLServer_registers_the_handler_backed_by_ASP_NET_Core()
    {
        using var scope = server.Services.CreateScope();

        Assert.IsType<AspNetCoreAuthorizationHandler>(scope.ServiceProvider.GetRequiredService<GraphQLAuthorizationHandler>());
    }

    [Fact]
    public async Task Without_a_user_a_guarded_field_is_null_with_AUTH_NOT_AUTHENTICATED_and_status_200()
    {
        var response = await SendAsync("{ hello secret }");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(
            $$$"""{"errors":[{"message":"{{{Refused}}}","locations":[{"line":1,"column":9}],"path":["secret"],"extensions":{"code":"AUTH_NOT_AUTHENTICATED"}}],"data":null}""",
            response.Text);
        Assert.Equal(0, Calls.Count);
    }

    [Fact]
    public async Task An_authenticated_user_reads_a_field_that_needs_only_authentication()
    {
        var response = await SendAsync("{ hello secret }", user: "ada");

        Assert.Equal("""{"data":{"hello":"hello","secret":"secret"}}""", response.Text);
        Assert.Equal(1, Calls.Count);
    }

    [Fact]
    public async Task The_wrong_role_is_AUTH_NOT_AUTHORIZED_and_the_right_role_is_allowed()
    {
        var wrong = await SendAsync("{ adminOnly }", user: "ada", roles: "reader,writer");
        var right = await SendAsync("{ adminOnly }", user: "ada", roles: "reader,admin");

        Assert.Equal(HttpStatusCode.OK, wrong.Status);
        Assert.Equal("AUTH_NOT_AUTHORIZED", wrong.FirstErrorCode);
        Assert.Equal(Refused, wrong.FirstError.GetProperty("message").GetString());
        Assert.Equal("""["adminOnly"]""", wrong.FirstError.GetProperty("path").GetRawText());
        Assert.Equal("""{"data":{"adminOnly":"admin"}}""", right.Text);
    }

    [Fact]
    public async Task A_policy_is_evaluated_by_ASP_NET_Core()
    {
        var outsider = await SendAsync("{ newsDeskOnly }", user: "ada", department: "sports");
        var member = await SendAsync("{ newsDeskOnly }", user: "ada", department: "news");
        var unknown = await SendAsync("{ unknownPolicy }", user: "ada", department: "news");

        Assert.Equal("AUTH_NOT_AUTHORIZED", outsider.FirstErrorCode);
        Assert.Equal("""{"data":{"newsDeskOnly":"news"}}""", member.Text);
        Assert.Equal("AUTH_POLICY_NOT_FOUND", unknown.FirstErrorCode);
    }

    [Fact]
    public async Task A_refused_mutation_gets_the_auth_error_before_its_argument_error_and_never_runs()
    {
        // $priority may be null by its type and is accepted where the input field has a default;
        // the explicit null then fails argument coercion, but only for a caller who may run it.
        const string mutation = """
            mutation Publish($priority: Int) {
              publish(input: { title: "duplicate", priority: $priority }) { string errors { __typename } }
            }
            """;
        object variables = new { priority = (int?)null };

        var anonymous = await SendAsync(mutation, variables: variables);
        var reader = await SendAsync(mutation, variables: variables, user: "ada", roles: "reader");
        var writer = await SendAsync(mutation, variables: variables, user: "ada", roles: "writer");

        Assert.Equal(HttpStatusCode.OK, anonymous.Status);
        Assert.Equal(
            $$$"""{"errors":[{"message":"{{{Refused}}}","locations":[{"line":2,"column":3}],"path":["publish"],"extensions":{"code":"AUTH_NOT_AUTHENTICATED"}}],"data":null}""",
            anonymous.Text);
        Assert.Equal(HttpStatusCode.OK, reader.Status);
        Assert.Equal(
            $$$"""{"errors":[{"message":"{{{Refused}}}","locations":[{"line":2,"column":3}],"path":["publish"],"extensions":{"code":"AUTH_NOT_AUTHORIZED"}}],"data":null}""",
            reader.Text);
        Assert.StartsWith("The argument `input` has an invalid value", writer.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, Calls.Count);
    }

    [Fact]
    public async Task A_writer_runs_the_mutation_and_sees_its_typed_errors()
    {
        var published = await SendAsync("""mutation { publish(input: { title: "Hello" }) { string } }""", user: "ada", roles: "writer");
        var duplicate = await SendAsync("""mutation { publish(input: { title: "duplicate", priority: 2 }) { string errors { __typename ... on Error { message } } } }""", user: "ada", roles: "writer");

        Assert.Equal("""{"data":{"publish":{"string":"Hello@1"}}}""", published.Text);
        Assert.Equal(
            """{"data":{"publish":{"string":null,"errors":[{"__typename":"DuplicateTitleError","message":"An article with this title exists."}]}}}""",
            duplicate.Text);
        Assert.Equal(2, Calls.Count);
    }

    private async Task<GraphQLHttpResponse> SendAsync(string query, object? variables = null, string? user = null, string? roles = null, string? department = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        AddHeader(request, "X-Test-User", user);
        AddHeader(request, "X-Test-Roles", roles);
        AddHeader(request, "X-Test-Department", department);
        return await GraphQLHttpResponse.ReadAsync(await server.Client.SendAsync(request));
    }

    private static void AddHeader(HttpRequestMessage request, string name, string? value)
    {
        if (value is not null)
        {
            request.Headers.Add(name, value);
        }
    }
}
