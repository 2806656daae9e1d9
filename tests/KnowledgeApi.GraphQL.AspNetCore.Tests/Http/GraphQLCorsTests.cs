using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeApi.GraphQL.AspNetCore.Tests.Http;

/// <summary>The CORS helper as a browser exercises it: a preflight, then the real request's headers.</summary>
public sealed class GraphQLCorsTests
{
    private const string FrontEnd = "https://app.example.com";

    [Fact]
    public async Task A_configured_origin_passes_the_preflight_for_a_JSON_POST()
    {
        await using var server = await StartAsync("Production", FrontEnd);

        using var response = await PreflightAsync(server, FrontEnd);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(FrontEnd, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("POST", string.Join(',', response.Headers.GetValues("Access-Control-Allow-Methods")), StringComparison.Ordinal);
        Assert.Contains("content-type", string.Join(',', response.Headers.GetValues("Access-Control-Allow-Headers")), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_origin_not_configured_gets_no_allow_header_in_production()
    {
        await using var server = await StartAsync("Production", FrontEnd);

        using var response = await PreflightAsync(server, "https://evil.example.net");

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Any_origin_is_allowed_in_development()
    {
        await using var server = await StartAsync("Development");

        using var response = await PreflightAsync(server, "http://localhost:5173");

        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Fact]
    public async Task The_actual_request_carries_the_allow_origin_header()
    {
        await using var server = await StartAsync("Production", FrontEnd);
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = new StringContent("{ \"not a JSON", System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("Origin", FrontEnd);

        using var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(FrontEnd, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    private static Task<GraphQLTestServer> StartAsync(string environment, params string[] origins) =>
        GraphQLTestServer.StartAsync(
            services => services.AddGraphQLCors(cors =>
            {
                foreach (var origin in origins)
                {
                    cors.AllowedOrigins.Add(origin);
                }
            }),
            environment: environment,
            beforeMap: app => app.UseGraphQLCors());

    private static async Task<HttpResponseMessage> PreflightAsync(GraphQLTestServer server, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return await server.Client.SendAsync(request);
    }
}
