using System.Net;
using KnowledgeApi.GraphQL.AspNetCore.Tests.Http;
using KnowledgeApi.GraphQL.Execution;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeApi.GraphQL.AspNetCore.Tests.Authorization;

/// <summary>
/// A server that authenticates but never called <c>services.AddAuthorization()</c>: authentication and
/// roles still guard fields, and a named policy is refused rather than skipped.
/// </summary>
public sealed class HttpAuthorizationWithoutPoliciesTests : IAsyncLifetime
{
    private GraphQLTestServer server = null!;

    public async Task InitializeAsync() => server = await GraphQLTestServer.StartAsync(
        services =>
        {
            services.AddSingleton<ResolverCalls>();
            services.AddAuthentication(HeaderAuthenticationHandler.SchemeName)
                .AddScheme<AuthenticationSchemeOptions, HeaderAuthenticationHandler>(HeaderAuthenticationHandler.SchemeName, _ => { });
            services.AddGraphQLServer().AddQueryType<GuardedQuery>().AddAuthorization();
        },
        beforeMap: GuardedApi.UseAuthentication);

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Authentication_and_roles_work_and_a_named_policy_is_AUTH_POLICY_NOT_FOUND()
    {
        var anonymous = await PostAsync("{ secret }", user: null);
        var authenticated = await PostAsync("{ secret }", user: "ada");
        var admin = await PostAsync("{ adminOnly }", user: "ada", roles: "admin");
        var policy = await PostAsync("{ newsDeskOnly }", user: "ada", roles: "admin");

        Assert.Equal(HttpStatusCode.OK, anonymous.Status);
        Assert.Equal("AUTH_NOT_AUTHENTICATED", anonymous.FirstErrorCode);
        Assert.Equal("""{"data":{"secret":"secret"}}""", authenticated.Text);
        Assert.Equal("""{"data":{"adminOnly":"admin"}}""", admin.Text);
        Assert.Equal("AUTH_POLICY_NOT_FOUND", policy.FirstErrorCode);
    }

    private async Task<GraphQLHttpResponse> PostAsync(string query, string? user, string? roles = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql")
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query }), System.Text.Encoding.UTF8, "application/json"),
        };
        if (user is not null)
        {
            request.Headers.Add("X-Test-User", user);
        }

        if (roles is not null)
        {
            request.Headers.Add("X-Test-Roles", roles);
        }

        return await GraphQLHttpResponse.ReadAsync(await server.Client.SendAsync(request));
    }
}
