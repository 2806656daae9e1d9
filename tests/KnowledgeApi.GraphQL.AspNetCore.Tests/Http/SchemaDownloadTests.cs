using System.Net;
using KnowledgeApi.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeApi.GraphQL.AspNetCore.Tests.Http;

/// <summary>The schema as SDL at <c>/graphql?sdl</c> and <c>/graphql/schema.graphql</c>, with Hot Chocolate's headers.</summary>
public sealed class SchemaDownloadTests : IAsyncLifetime
{
    private GraphQLTestServer server = null!;

    public async Task InitializeAsync() => server = await GraphQLTestServer.StartAsync(TestSchema.AddTo);

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Theory]
    [InlineData("graphql?sdl")]
    [InlineData("graphql/?sdl")]
    [InlineData("graphql/schema.graphql")]
    [InlineData("graphql/schema")]
    [InlineData("graphql/schema/")]
    public async Task The_SDL_is_served_as_a_schema_graphql_attachment(string target)
    {
        using var response = await server.GetAsync(target);
        var sdl = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("attachment; filename=\"schema.graphql\"", response.Content.Headers.ContentDisposition!.ToString());
        Assert.Equal("public, must-revalidate, max-age=3600", response.Headers.CacheControl!.ToString());
        Assert.Matches("^\"1-[A-Za-z0-9+/=]{44}\"$", response.Headers.ETag!.ToString());
        Assert.NotNull(response.Content.Headers.LastModified);
        Assert.Equal(ExecutorSchema().Print(), sdl);
        Assert.Contains("type Book {", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_holding_the_current_ETag_gets_304()
    {
        using var first = await server.GetAsync("graphql?sdl");
        using var request = new HttpRequestMessage(HttpMethod.Get, "graphql?sdl");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var second = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Types_selects_the_named_types_only()
    {
        using var one = await server.GetAsync("graphql?sdl&types=Book");
        using var two = await server.GetAsync("graphql?sdl&types=Book,Author");

        var schema = ExecutorSchema();
        Assert.Equal(schema.Print().Split("\n\n").Single(part => part.StartsWith("type Book ", StringComparison.Ordinal)), await one.Content.ReadAsStringAsync());
        Assert.Equal("attachment; filename=\"Book.graphql\"", one.Content.Headers.ContentDisposition!.ToString());
        Assert.Equal("attachment; filename=\"types.graphql\"", two.Content.Headers.ContentDisposition!.ToString());
        Assert.Contains("type Author {", await two.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("graphql?sdl&types=", HttpStatusCode.BadRequest, "HC0058")]
    [InlineData("graphql?sdl&types=1nvalid", HttpStatusCode.BadRequest, "HC0059")]
    [InlineData("graphql?sdl&types=Nope", HttpStatusCode.NotFound, "HC0060")]
    public async Task Bad_type_lists_are_answered_with_HCs_codes(string target, HttpStatusCode status, string code)
    {
        var response = await GraphQLHttpResponse.ReadAsync(await server.GetAsync(target));

        Assert.Equal(status, response.Status);
        Assert.Equal(code, response.FirstErrorCode);
    }

    [Fact]
    public async Task With_schema_requests_off_the_SDL_is_404()
    {
        await using var closed = await GraphQLTestServer.StartAsync(TestSchema.AddTo, options => options.EnableSchemaRequests = false);

        using var sdl = await closed.GetAsync("graphql?sdl");
        using var file = await closed.GetAsync("graphql/schema.graphql");

        Assert.Equal(HttpStatusCode.NotFound, sdl.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, file.StatusCode);
    }

    private Types.Schema ExecutorSchema() => server.Services.GetRequiredService<IRequestExecutor>().Schema;
}
