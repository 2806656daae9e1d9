using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;

namespace KnowledgeApi.GraphQL.AspNetCore.Tests.Ide;

/// <summary>bcp-config.json, the settings Banana Cake Pop fetches before it renders, and the page title.</summary>
public sealed class GraphQLIdeConfigTests
{
    [Fact]
    public async Task By_default_the_ide_uses_its_own_url_as_the_endpoint_and_sends_no_telemetry()
    {
        await using var host = await IdeTestHost.StartAsync(endpoints => endpoints.MapGraphQLIde());

        using var config = await ReadConfigAsync(host);

        var root = config.RootElement;
        Assert.True(root.GetProperty("useBrowserUrlAsEndpoint").GetBoolean());
        Assert.True(root.GetProperty("disableTelemetry").GetBoolean());
        Assert.False(root.GetProperty("includeCookies").GetBoolean());
        Assert.False(root.GetProperty("useGet").GetBoolean());
        Assert.Equal("Banana Cake Pop", root.GetProperty("title").GetString());
        // No endpoint: the IDE then takes the page's own URL, /graphql, as the endpoint.
        Assert.False(root.TryGetProperty("endpoint", out _));
    }

    [Fact]
    public async Task The_options_are_written_to_the_config()
    {
        await using var host = await IdeTestHost.StartAsync(endpoints => endpoints.MapGraphQLIde(configure: options =>
        {
            options.GraphQLEndpoint = "https://knowledge.example/graphql";
            options.UseBrowserUrlAsGraphQLEndpoint = false;
            options.DisableTelemetry = false;
            options.IncludeCookies = true;
            options.UseGet = true;
            options.Title = "Knowledge";
        }));

        using var config = await ReadConfigAsync(host);

        var root = config.RootElement;
        Assert.Equal("https://knowledge.example/graphql", root.GetProperty("endpoint").GetString());
        Assert.False(root.GetProperty("useBrowserUrlAsEndpoint").GetBoolean());
        Assert.False(root.GetProperty("disableTelemetry").GetBoolean());
        Assert.True(root.GetProperty("includeCookies").GetBoolean());
        Assert.True(root.GetProperty("useGet").GetBoolean());
        Assert.Equal("Knowledge", root.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Without_the_browser_url_and_without_an_endpoint_the_graphql_path_is_the_endpoint()
    {
        await using var host = await IdeTestHost.StartAsync(endpoints =>
            endpoints.MapGraphQLIde("/api/graphql", options => options.UseBrowserUrlAsGraphQLEndpoint = false));

        using var config = await ReadConfigAsync(host, "/api/graphql/bcp-config.json");

        Assert.Equal("/api/graphql", config.RootElement.GetProperty("endpoint").GetString());
    }

    [Fact]
    public async Task The_configured_title_replaces_the_page_title_html_encoded()
    {
        await using var host = await IdeTestHost.StartAsync(endpoints =>
            endpoints.MapGraphQLIde(configure: options => options.Title = "News <Knowledge> & Co"));

        using var response = await host.NavigateAsync("/graphql/");
        var html = await response.Content.ReadAsStringAsync();

        var expected = IdePackage.IndexHtml.Replace(
            "<title>Banana Cake Pop</title>", "<title>News &lt;Knowledge&gt; &amp; Co</title>", StringComparison.Ordinal);
        Assert.NotEqual(IdePackage.IndexHtml, expected);
        Assert.Equal(expected, html);
    }

    [Fact]
    public async Task The_config_is_json_that_is_revalidated()
    {
        await using var host = await IdeTestHost.StartAsync(endpoints => endpoints.MapGraphQLIde());

        using var response = await host.SendAsync(HttpMethod.Get, "/graphql/bcp-config.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.True(response.Headers.CacheControl?.NoCache);
    }

    [Fact]
    public async Task The_bundle_fetches_the_config_and_reads_the_keys_the_server_writes()
    {
        // Guards an upgrade of the package: the keys were found in its bundle, and a renamed key
        // would silently turn telemetry back on or lose the endpoint.
        var main = Directory.GetFiles(Path.Combine(IdePackage.Folder, "static", "js"), "main.*.js").Single();
        var bundle = await File.ReadAllTextAsync(main);
        await using var host = await IdeTestHost.StartAsync(endpoints => endpoints.MapGraphQLIde(configure: options => options.GraphQLEndpoint = "/graphql"));
        using var config = await ReadConfigAsync(host);

        Assert.Contains("\"bcp-config.json\"", bundle, StringComparison.Ordinal);
        foreach (var key in config.RootElement.EnumerateObject().Select(property => property.Name).Where(name => name != "title"))
        {
            Assert.Matches($@"[{{,.]{key}\b", bundle);
        }
    }

    private static async Task<JsonDocument> ReadConfigAsync(IdeTestHost host, string path = "/graphql/bcp-config.json")
    {
        using var response = await host.SendAsync(HttpMethod.Get, path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
