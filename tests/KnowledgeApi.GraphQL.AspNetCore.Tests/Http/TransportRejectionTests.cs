using System.Net;
using System.Text;

namespace KnowledgeApi.GraphQL.AspNetCore.Tests.Http;

/// <summary>
/// Requests the transport refuses before execution, each with Hot Chocolate's status and code,
/// against a real Kestrel server. None of them reaches the executor.
/// </summary>
public sealed class TransportRejectionTests : IAsyncLifetime
{
    private const int SmallLimit = 4096;
    private GraphQLTestServer server = null!;

    public async Task InitializeAsync() =>
        server = await GraphQLTestServer.StartAsync(_ => { }, options => options.MaxRequestBodySize = SmallLimit);

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/graphql")]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData(null)]
    public async Task A_POST_that_is_not_UTF8_JSON_is_415(string? contentType)
    {
        var response = await GraphQLHttpResponse.ReadAsync(await server.PostAsync("""{"query":"{ __typename }"}""", contentType));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
        Assert.Equal(MediaTypes.GraphQLResponse, response.MediaType);
        Assert.False(response.HasData);
        Assert.Contains("application/json", response.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unparsable_Accept_header_is_400_HC0064()
    {
        var response = await GraphQLHttpResponse.ReadAsync(await server.PostAsync("""{"query":"{ __typename }"}""", accept: "unsupported"));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("HC0064", response.FirstErrorCode);
        Assert.Equal("unsupported", response.FirstError.GetProperty("extensions").GetProperty("headerValue").GetString());
    }

    [Fact]
    public async Task An_Accept_header_naming_only_unsupported_types_is_406()
    {
        var response = await GraphQLHttpResponse.ReadAsync(await server.PostAsync("""{"query":"{ __typename }"}""", accept: "application/unsupported"));

        Assert.Equal(HttpStatusCode.NotAcceptable, response.Status);
    }

    [Theory]
    [InlineData(MediaTypes.GraphQLResponse)]
    [InlineData(MediaTypes.Json)]
    public async Task A_body_that_is_not_JSON_is_400_HC0012_in_either_response_type(string accept)
    {
        var response = await GraphQLHttpResponse.ReadAsync(await server.PostAsync("{ \"not a JSON", accept: accept));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(accept, response.MediaType);
        Assert.Equal("utf-8", response.Charset);
        Assert.Equal("HC0012", response.FirstErrorCode);
        Assert.False(response.HasData);
    }

    [Fact]
    public async Task An_empty_POST_body_is_400()
    {
        var response = await GraphQLHttpResponse.ReadAsync(await server.PostAsync(string.Empty));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("HC0012", response.FirstErrorCode);
    }

    [Theory]
    [InlineData("""{"qeury":"{ __typename }"}""", "HC0013")]
    [InlineData("""{"query":0}""", "HC0009")]
    [InlineData("""{"query":"{ __typename }","variables":"string"}""", "HC0009")]
    [InlineData("""[{"query":"{ __typename }"}]""", "HC0009")]
    public async Task A_JSON_body_that_is_no_request_is_400_with_its_code(string body, string code)
    {
        var response = await GraphQLHttpResponse.ReadAsync(await server.PostAsync(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(code, response.FirstErrorCode);
    }

    [Theory]
    [InlineData("graphql", "HC0013")]
    [InlineData("graphql?operationName=Q", "HC0013")]
    [InlineData("graphql?query=%7B%20a%20%7D&variables=%7Bnot-json", "HC0012")]
    [InlineData("graphql?query=%7B%20a%20%7D&variables=%5B1%5D", "HC0009")]
    [InlineData("graphql?query=%7B%20a%20%7D&query=%7B%20b%20%7D", "HC0009")]
    public async Task A_GET_without_a_usable_request_is_400_with_its_code(string target, string code)
    {
        var response = await GraphQLHttpResponse.ReadAsync(await server.GetAsync(target, accept: MediaTypes.GraphQLResponse));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(code, response.FirstErrorCode);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413_HC0010_and_the_client_sees_the_answer_not_a_reset()
    {
        var body = Padded(SmallLimit * 40);

        var response = await GraphQLHttpResponse.ReadAsync(await server.PostAsync(body));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal("HC0010", response.FirstErrorCode);
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_is_413_as_well()
    {
        var padding = Encoding.UTF8.GetBytes(Padded(SmallLimit * 40));
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = new StreamContent(new UnknownLengthStream(padding)) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");

        var response = await GraphQLHttpResponse.ReadAsync(await server.Client.SendAsync(request));

        Assert.Null(request.Content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal("HC0010", response.FirstErrorCode);
    }

    [Fact]
    public async Task The_server_answers_the_next_request_normally_after_a_413()
    {
        using var first = await server.PostAsync(Padded(SmallLimit * 4));
        using var second = await server.PostAsync("{ \"not a JSON");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
    }

    [Theory]
    [InlineData("{\"query\":\"\\ud800\"}")]
    [InlineData("{\"query\":\"{ a }\",\"variables\":{\"n\":1e400}}")]
    [InlineData("{\"query\":\"{ a }\",\"variables\":{\"n\":-1e400}}")]
    [InlineData("\u00EF\u00BB\u00BF{\"query\":\"{ a }\"}")]
    [InlineData("null")]
    [InlineData("{\"query\":\"{ a }\",\"variables\":{\"a\":{\"b\":{\"c\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}}}}")]
    public async Task Hostile_bodies_are_4xx_never_5xx(string body)
    {
        using var response = await server.PostAsync(body);

        Assert.InRange((int)response.StatusCode, 400, 499);
    }

    [Fact]
    public async Task A_body_with_bytes_that_are_not_UTF8_is_400_HC0012()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = new ByteArrayContent([.. "{\"query\":\""u8, 0xFF, 0xFE, .. "\"}"u8]) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");

        var response = await GraphQLHttpResponse.ReadAsync(await server.Client.SendAsync(request));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("HC0012", response.FirstErrorCode);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Other_methods_are_405(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "graphql") { Content = new StringContent("{}") };

        using var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task GET_can_be_switched_off_and_answers_405()
    {
        await using var noGet = await GraphQLTestServer.StartAsync(_ => { }, options => options.EnableGetRequests = false);

        var response = await GraphQLHttpResponse.ReadAsync(await noGet.GetAsync("graphql?query=%7B__typename%7D", accept: MediaTypes.GraphQLResponse));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
    }

    private static string Padded(int size) => "{\"query\":\"{ __typename }\",\"extensions\":{\"padding\":\"" + new string('x', size) + "\"}}";

    /// <summary>A stream whose length is unknown, so HttpClient sends it chunked.</summary>
    private sealed class UnknownLengthStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;
    }
}
