using System.Net;
using System.Net.Http.Headers;
using KnowledgeApi.GraphQL.AspNetCore.RateLimiting;
using KnowledgeApi.GraphQL.AspNetCore.Tests.Http;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeApi.GraphQL.AspNetCore.Tests.Limits;

/// <summary>The per-client rate limit on real Kestrel: off by default, then N operations pass and the next is a 429 with Retry-After.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task It_is_off_unless_permits_are_configured()
    {
        await using var server = await StartAsync(_ => { });

        for (var i = 0; i < 25; i++)
        {
            using var response = await server.PostQueryAsync("{ hello }");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task The_permits_of_a_window_pass_and_the_next_request_is_429_with_Retry_After_and_a_GraphQL_error()
    {
        await using var server = await StartAsync(o => o.PermitsPerWindow = 3);

        var passed = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            passed.Add((await GraphQLHttpResponse.ReadAsync(await server.PostQueryAsync("{ hello }"))).Status);
        }

        using var refusedMessage = await server.PostQueryAsync("{ hello }");
        var retryAfter = refusedMessage.Headers.RetryAfter?.Delta;
        var refused = await GraphQLHttpResponse.ReadAsync(refusedMessage);

        Assert.All(passed, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        Assert.Equal(MediaTypes.GraphQLResponse, refused.MediaType);
        Assert.Equal("RATE_LIMITED", refused.FirstErrorCode);
        Assert.Equal((int)retryAfter.Value.TotalSeconds, refused.FirstError.GetProperty("extensions").GetProperty("retryAfter").GetInt32());
        Assert.False(refused.HasData);
    }

    [Fact]
    public async Task Each_accepted_API_key_has_its_own_window_apart_from_the_callers_address()
    {
        await using var server = await StartAsync(o => o.PermitsPerWindow = 1);

        var first = await SendAsync(server, "key-one");
        var firstAgain = await SendAsync(server, "key-one");
        var second = await SendAsync(server, "key-two");
        var anonymous = await SendAsync(server, bearer: null);
        var anonymousAgain = await SendAsync(server, bearer: null);

        Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests],
            [first, firstAgain, second, anonymous, anonymousAgain]);
    }

    [Fact]
    public async Task A_key_the_app_did_not_accept_counts_against_the_callers_address()
    {
        await using var server = await StartAsync(o => o.PermitsPerWindow = 1);

        var madeUp = await SendAsync(server, "made-up-1");
        var anotherMadeUp = await SendAsync(server, "made-up-2");
        var anonymous = await SendAsync(server, bearer: null);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], [madeUp, anotherMadeUp, anonymous]);
    }

    [Fact]
    public async Task The_IDE_and_the_schema_download_spend_no_permits()
    {
        await using var server = await StartAsync(o => o.PermitsPerWindow = 1);

        for (var i = 0; i < 3; i++)
        {
            using var sdl = await server.GetAsync("graphql?sdl");
            Assert.Equal(HttpStatusCode.OK, sdl.StatusCode);
        }

        using var operation = await server.GetQueryAsync("{ hello }");
        using var overLimit = await server.PostQueryAsync("{ hello }");

        Assert.Equal(HttpStatusCode.OK, operation.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, overLimit.StatusCode);
    }

    [Fact]
    public async Task A_legacy_JSON_client_gets_the_refusal_as_application_json()
    {
        await using var server = await StartAsync(o => o.PermitsPerWindow = 1);
        using var allowed = await server.PostQueryAsync("{ hello }", accept: MediaTypes.Json);

        var refused = await GraphQLHttpResponse.ReadAsync(await server.PostQueryAsync("{ hello }", accept: MediaTypes.Json));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal(MediaTypes.Json, refused.MediaType);
        Assert.Equal(GraphQLRateLimiterPolicy.Code, refused.FirstErrorCode);
    }

    private static Task<GraphQLTestServer> StartAsync(Action<GraphQLRateLimitOptions> configure) =>
        GraphQLTestServer.StartAsync(
            services =>
            {
                TestSchema.AddTo(services);
                services.AddAuthentication(TestApiKeyAuthentication.SchemeName)
                    .AddScheme<AuthenticationSchemeOptions, TestApiKeyAuthentication>(TestApiKeyAuthentication.SchemeName, _ => { });
                services.AddGraphQLRateLimiting(configure);
            },
            beforeMap: app =>
            {
                app.UseAuthentication();
                app.UseGraphQLRateLimiting();
            },
            afterMap: endpoints => endpoints.RequireGraphQLRateLimiting());

    private static async Task<HttpStatusCode> SendAsync(GraphQLTestServer server, string? bearer)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = new StringContent("""{"query":"{ hello }"}""") };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        using var response = await server.Client.SendAsync(request);
        return response.StatusCode;
    }
}
