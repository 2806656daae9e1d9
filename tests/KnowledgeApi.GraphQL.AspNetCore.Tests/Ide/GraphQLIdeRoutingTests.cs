using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace KnowledgeApi.GraphQL.AspNetCore.Tests.Ide;

/// <summary>
/// Which requests at the GraphQL path the IDE answers, and that it leaves every other request to
/// a GraphQL endpoint mapped on the same path (a stand-in here, as MapGraphQL does not exist yet).
/// </summary>
public sealed class GraphQLIdeRoutingTests
{
    private const string StandInAnswer = "answered by the GraphQL endpoint";

    [Fact]
    public async Task A_browser_navigation_to_the_graphql_path_is_redirected_to_the_ide_folder()
    {
        await using var host = await IdeTestHost.StartAsync(endpoints => endpoints.MapGraphQLIde());

        using var response = await host.NavigateAsync("/graphql");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/graphql/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_redirect_keeps_the_query_string()
    {
        await using var host = await IdeTestHost.StartAsync(endpoints => endpoints.MapGraphQLIde());

        using var response = await host.NavigateAsync("/graphql?tab=1&x=%20y");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/graphql/?tab=1&x=%20y", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_ide_can_live_on_another_path()
    {
        await using var host = await IdeTestHost.StartAsync(endpoints => endpoints.MapGraphQLIde("/api/graphql/"));

        using var redirect = await host.NavigateAsync("/api/graphql");
        using var page = await host.NavigateAsync("/api/graphql/");
        using var config = await host.SendAsync(HttpMethod.Get, "/api/graphql/bcp-config.json");

        Assert.Equal("/api/graphql/", redirect.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, config.StatusCode);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/graphql-response+json, application/json;q=0.9")]
    [InlineData("application/json, text/html")]
    [InlineData("*/*")]
    [InlineData(null)]
    public async Task A_get_of_the_graphql_path_that_is_not_a_browser_navigation_is_not_answered_by_the_ide(string? accept)
    {
        await using var host = await IdeTestHost.StartAsync(endpoints => endpoints.MapGraphQLIde());

        using var bare = await host.SendAsync(HttpMethod.Get, "/graphql", accept);
        using var slash = await host.SendAsync(HttpMethod.Get, "/graphql/", accept);

        Assert.Equal(HttpStatusCode.NotFound, bare.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, slash.StatusCode);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json, text/html")]
    [InlineData(null)]
    public async Task Requests_that_are_not_browser_navigations_reach_the_graphql_endpoint_on_the_same_path(string? accept)
    {
        await using var host = await IdeTestHost.StartAsync(MapIdeAndStandIn);

        using var get = await host.SendAsync(HttpMethod.Get, "/graphql?query={__typename}", accept);
        using var post = await host.SendAsync(HttpMethod.Post, "/graphql", accept);

        Assert.Equal(StandInAnswer, await get.Content.ReadAsStringAsync());
        Assert.Equal(StandInAnswer, await post.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_browser_navigation_goes_to_the_ide_even_with_a_graphql_get_endpoint_on_the_same_path()
    {
        await using var host = await IdeTestHost.StartAsync(MapIdeAndStandIn);

        using var redirect = await host.NavigateAsync("/graphql");
        using var page = await host.NavigateAsync("/graphql/");

        Assert.Equal(HttpStatusCode.Found, redirect.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_post_with_an_html_accept_header_is_left_to_the_graphql_endpoint()
    {
        await using var host = await IdeTestHost.StartAsync(MapIdeAndStandIn);

        using var post = await host.SendAsync(HttpMethod.Post, "/graphql", IdeTestHost.BrowserAccept);

        Assert.Equal(StandInAnswer, await post.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_head_request_gets_the_headers_of_the_page_without_a_body()
    {
        await using var host = await IdeTestHost.StartAsync(endpoints => endpoints.MapGraphQLIde());

        using var head = await host.SendAsync(HttpMethod.Head, "/graphql/", IdeTestHost.BrowserAccept);
        using var get = await host.NavigateAsync("/graphql/");
        var body = await get.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(body.Length, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Only_reads_are_served_below_the_ide_folder(string method)
    {
        await using var host = await IdeTestHost.StartAsync(endpoints => endpoints.MapGraphQLIde());

        using var response = await host.SendAsync(new HttpMethod(method), "/graphql/bcp-config.json");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task A_disabled_ide_maps_nothing()
    {
        await using var host = await IdeTestHost.StartAsync(endpoints => endpoints.MapGraphQLIde(configure: options => options.Enable = false));

        using var redirect = await host.NavigateAsync("/graphql");
        using var config = await host.SendAsync(HttpMethod.Get, "/graphql/bcp-config.json");

        Assert.Equal(HttpStatusCode.NotFound, redirect.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, config.StatusCode);
    }

    [Theory]
    [InlineData("graphql")]
    [InlineData("/")]
    [InlineData("/{slug}")]
    [InlineData("/graphql/{**rest}")]
    [InlineData(" ")]
    public async Task A_path_that_is_not_a_literal_path_below_the_root_is_refused_with_a_clear_error(string path)
    {
        await using var app = WebApplication.CreateSlimBuilder().Build();

        var error = Assert.ThrowsAny<ArgumentException>(() => app.MapGraphQLIde(path));

        Assert.Equal("path", error.ParamName);
        Assert.Contains(path.Trim(), error.Message, StringComparison.Ordinal);
    }

    private static void MapIdeAndStandIn(Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGraphQLIde();
        endpoints.MapMethods("/graphql", ["GET", "POST"], (HttpContext _) => StandInAnswer);
    }
}
