using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;

namespace KnowledgeApi.GraphQL.AspNetCore.Tests.Ide;

/// <summary>The IDE's files: what index.html references, every package file, headers, 404s and traversal.</summary>
public sealed partial class GraphQLIdeAssetTests : IAsyncLifetime
{
    private IdeTestHost host = null!;

    public async Task InitializeAsync() => host = await IdeTestHost.StartAsync(endpoints => endpoints.MapGraphQLIde());

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task The_ide_folder_serves_the_package_index_page()
    {
        using var response = await host.NavigateAsync("/graphql/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(IdePackage.IndexHtml, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Every_file_the_index_page_references_is_served_with_its_content_type()
    {
        var references = ReferencedFiles(IdePackage.IndexHtml);
        // polyfills, 8 bundles, the stylesheet, three icons and the manifest, as of 18.0.0.
        Assert.True(references.Count >= 10, $"index.html references only {references.Count} files: {string.Join(", ", references)}");

        foreach (var reference in references)
        {
            using var response = await host.SendAsync(HttpMethod.Get, "/graphql/" + reference);

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{reference} answered {(int)response.StatusCode}");
            Assert.Equal(ExpectedContentType(reference), response.Content.Headers.ContentType?.ToString());
            Assert.Equal(IdePackage.Read(reference), await response.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task Every_web_file_of_the_package_is_served_byte_for_byte()
    {
        // Chunks, workers and fonts are loaded by the bundles later, not by index.html.
        var files = IdePackage.WebFiles().ToList();
        Assert.Contains("static/js/graphql.worker.2c56696a.js", files);

        foreach (var file in files)
        {
            using var response = await host.SendAsync(HttpMethod.Get, "/graphql/" + file);

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{file} answered {(int)response.StatusCode}");
            Assert.Equal(ExpectedContentType(file), response.Content.Headers.ContentType?.ToString());
            Assert.Equal(IdePackage.Read(file), await response.Content.ReadAsByteArrayAsync());
        }
    }

    [Theory]
    [InlineData("static/js/main.0349187e.js")]
    [InlineData("static/css/styles.15b5693c.css")]
    [InlineData("static/media/codicon.184be8c3aa435ca6c3f5.ttf")]
    public async Task Files_with_a_content_hash_in_their_name_are_cached_for_a_year(string file)
    {
        using var response = await host.SendAsync(HttpMethod.Get, "/graphql/" + file);

        var cache = response.Headers.CacheControl;
        Assert.NotNull(cache);
        Assert.True(cache.Public);
        Assert.Equal(TimeSpan.FromDays(365), cache.MaxAge);
        Assert.Contains(cache.Extensions, extension => extension.Name == "immutable");
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("bcp-config.json")]
    [InlineData("favicon.ico")]
    [InlineData("manifest.webmanifest")]
    public async Task Files_with_a_stable_name_are_revalidated_and_a_matching_etag_gets_304(string file)
    {
        using var first = await host.SendAsync(HttpMethod.Get, "/graphql/" + file);
        Assert.True(first.Headers.CacheControl?.NoCache);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/graphql/" + file);
        again.Headers.IfNoneMatch.Add(etag);
        using var revalidated = await host.Client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_stale_etag_gets_the_file_again()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql/favicon.svg");
        request.Headers.TryAddWithoutValidation("If-None-Match", "\"0000\"");

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(IdePackage.Read("favicon.svg"), await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/graphql/static/js/main.00000000.js")]
    [InlineData("/graphql/nothing-here")]
    [InlineData("/graphql/static/")]
    [InlineData("/graphql/STATIC/js/main.0349187e.js")]
    [InlineData("/graphql/package.json")]
    [InlineData("/graphql/index.mjs")]
    public async Task Unknown_files_answer_404(string path)
    {
        using var response = await host.SendAsync(HttpMethod.Get, path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/graphql/../KnowledgeApi.GraphQL.AspNetCore.dll")]
    [InlineData("/graphql/static/../../KnowledgeApi.GraphQL.AspNetCore.dll")]
    [InlineData("/graphql/%2e%2e/%2e%2e/ide-package/package.json")]
    [InlineData("/graphql/static/..%2f..%2fpackage.json")]
    [InlineData("/graphql/static/..%5c..%5cpackage.json")]
    [InlineData("/graphql/..%2F..%2F..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/graphql//etc/passwd")]
    [InlineData("/graphql/static/js/%2e%2e/%2e%2e/index.html/../../../appsettings.json")]
    public async Task Traversal_attempts_do_not_reach_any_file(string target)
    {
        var status = await RawHttp.GetStatusAsync(host.Address, target);

        // 400 (Kestrel refuses the request line) or 404 (no such IDE file): never a file.
        Assert.True(status is 400 or 404, $"GET {target} answered {status}");
    }

    /// <summary>src and href attributes of index.html that name files of the package (relative URLs).</summary>
    private static List<string> ReferencedFiles(string html) =>
        [.. Reference().Matches(html).Select(match => match.Groups["url"].Value.TrimStart('.', '/')).Distinct()];

    /// <summary>What a browser must receive per extension, written out here rather than taken from the server.</summary>
    private static string ExpectedContentType(string path) => Path.GetExtension(path) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".webmanifest" => "application/manifest+json; charset=utf-8",
        ".txt" or "" => "text/plain; charset=utf-8",
        ".svg" => "image/svg+xml; charset=utf-8",
        ".png" => "image/png",
        ".ico" => "image/x-icon",
        ".woff2" => "font/woff2",
        ".ttf" => "font/ttf",
        var other => throw new InvalidOperationException($"The package gained a file type the test does not know: {other} ({path})"),
    };

    [GeneratedRegex("(?:src|href)=\"(?<url>(?!https?:|//)[^\"]+)\"")]
    private static partial Regex Reference();
}
