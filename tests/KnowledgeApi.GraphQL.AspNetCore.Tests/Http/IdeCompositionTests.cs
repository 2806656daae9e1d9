using System.Net;

namespace KnowledgeApi.GraphQL.AspNetCore.Tests.Http;

/// <summary>MapGraphQL brings Banana Cake Pop along on the same path, and the options switch it off.</summary>
public sealed class IdeCompositionTests
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    [Fact]
    public async Task A_browser_GET_of_the_endpoint_is_redirected_to_the_IDE()
    {
        await using var server = await GraphQLTestServer.StartAsync(TestSchema.AddTo);

        using var page = await server.GetAsync("graphql", BrowserAccept);
        using var index = await server.GetAsync("graphql/", BrowserAccept);

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/graphql/", page.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, index.StatusCode);
        Assert.Equal("text/html", index.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task With_the_tool_off_a_browser_GET_is_a_GraphQL_GET_without_query()
    {
        await using var server = await GraphQLTestServer.StartAsync(TestSchema.AddTo, options => options.Tool.Enable = false);

        var response = await GraphQLHttpResponse.ReadAsync(await server.GetAsync("graphql", BrowserAccept));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("HC0013", response.FirstErrorCode);
    }
}
