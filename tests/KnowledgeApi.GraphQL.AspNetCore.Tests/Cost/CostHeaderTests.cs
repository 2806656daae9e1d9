using System.Net;
using System.Text;
using System.Text.Json;
using KnowledgeApi.GraphQL.AspNetCore.Tests.Http;
using KnowledgeApi.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeApi.GraphQL.AspNetCore.Tests.Cost;

/// <summary>
/// The <c>GraphQL-Cost</c> request header over real HTTP (Kestrel on 127.0.0.1) and the status codes of
/// cost refusals. <c>{ books { title } }</c> on the test schema costs, by hand: field 1 (books is a list,
/// weight 1, size 1 without <c>@listSize</c>; title 0) and type 2 (Query 1 + Book 1).
/// </summary>
public sealed class CostHeaderTests : IAsyncLifetime
{
    private const string Books = "{ books { title } }";
    private GraphQLTestServer server = null!;
    private GraphQLTestServer strict = null!;

    public async Task InitializeAsync()
    {
        server = await GraphQLTestServer.StartAsync(services =>
        {
            TestSchema.AddTo(services);
            services.AddGraphQL().AddCostAnalysis();
        });
        strict = await GraphQLTestServer.StartAsync(services =>
        {
            TestSchema.AddTo(services);
            services.AddGraphQL().ModifyCostOptions(o => o.MaxTypeCost = 1);
        });
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        await strict.DisposeAsync();
    }

    [Fact]
    public async Task Report_executes_and_adds_the_operation_cost()
    {
        var response = await SendAsync(server, Books, "report");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.True(response.Body.GetProperty("data").GetProperty("books").GetArrayLength() > 0);
        Assert.Equal("""{"fieldCost":1,"typeCost":2}""", response.Body.GetProperty("extensions").GetProperty("operationCost").GetRawText());
        Assert.EndsWith("""]},"extensions":{"operationCost":{"fieldCost":1,"typeCost":2}}}""", response.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_answers_only_the_operation_cost_with_200()
    {
        var response = await SendAsync(server, Books, "validate");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("""{"extensions":{"operationCost":{"fieldCost":1,"typeCost":2}}}""", response.Text);
    }

    [Fact]
    public async Task Without_the_header_the_response_has_no_cost()
    {
        var response = await SendAsync(server, Books, null);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.False(response.Body.TryGetProperty("extensions", out _));
    }

    [Fact]
    public async Task An_unknown_header_value_is_ignored()
    {
        var response = await SendAsync(server, Books, "everything");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.False(response.Body.TryGetProperty("extensions", out _));
    }

    [Fact]
    public async Task An_operation_over_a_limit_is_a_400_with_HC0047_and_no_data()
    {
        var response = await SendAsync(strict, Books, null);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("application/graphql-response+json", response.MediaType);
        Assert.Equal(
            """{"errors":[{"message":"The maximum allowed type cost was exceeded.","extensions":{"code":"HC0047","maxTypeCost":1,"typeCost":2}}]}""",
            response.Text);
    }

    [Fact]
    public async Task An_operation_over_a_limit_is_a_200_for_legacy_json_clients()
    {
        var response = await SendAsync(strict, Books, "report", accept: "application/json");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("HC0047", response.FirstError.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(2, response.Body.GetProperty("extensions").GetProperty("operationCost").GetProperty("typeCost").GetInt32());
    }

    [Fact]
    public async Task Validate_reports_an_operation_over_the_limit_without_refusing_it()
    {
        // Hot Chocolate's validate mode only analyses: limits are not enforced, nothing executes.
        var response = await SendAsync(strict, Books, "validate");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("""{"extensions":{"operationCost":{"fieldCost":1,"typeCost":2}}}""", response.Text);
    }

    [Fact]
    public async Task The_header_works_on_GET_too()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "graphql?query=" + Uri.EscapeDataString(Books));
        request.Headers.Add("GraphQL-Cost", "report");

        var response = await GraphQLHttpResponse.ReadAsync(await server.Client.SendAsync(request));

        Assert.Equal(1, response.Body.GetProperty("extensions").GetProperty("operationCost").GetProperty("fieldCost").GetInt32());
    }

    private static async Task<GraphQLHttpResponse> SendAsync(GraphQLTestServer target, string query, string? costHeader, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        if (costHeader is not null)
        {
            request.Headers.Add("GraphQL-Cost", costHeader);
        }

        if (accept is not null)
        {
            request.Headers.Add("Accept", accept);
        }

        return await GraphQLHttpResponse.ReadAsync(await target.Client.SendAsync(request));
    }
}
