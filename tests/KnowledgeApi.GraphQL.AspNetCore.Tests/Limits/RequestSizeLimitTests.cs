using System.Net;
using System.Text;
using KnowledgeApi.GraphQL.AspNetCore.Tests.Http;

namespace KnowledgeApi.GraphQL.AspNetCore.Tests.Limits;

/// <summary>The request body limit at its edge: exactly the limit runs, one byte more is a clean 413, with or without Content-Length.</summary>
public sealed class RequestSizeLimitTests : IAsyncLifetime
{
    private const int Limit = 2_000;

    private GraphQLTestServer server = null!;

    public async Task InitializeAsync() => server = await GraphQLTestServer.StartAsync(TestSchema.AddTo, options => options.MaxRequestBodySize = Limit);

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_body_of_exactly_the_limit_runs(bool chunked)
    {
        var response = await GraphQLHttpResponse.ReadAsync(await PostAsync(BodyOf(Limit), chunked));

        Assert.True(response.Status == HttpStatusCode.OK, response.Text);
        Assert.Equal("Hello, world!", response.Body.GetProperty("data").GetProperty("hello").GetString());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task One_byte_over_the_limit_is_413_HC0010_with_a_JSON_error_and_the_connection_stays_usable(bool chunked)
    {
        var refused = await GraphQLHttpResponse.ReadAsync(await PostAsync(BodyOf(Limit + 1), chunked));
        var next = await GraphQLHttpResponse.ReadAsync(await PostAsync(BodyOf(100), chunked));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.Status);
        Assert.Equal(MediaTypes.GraphQLResponse, refused.MediaType);
        Assert.Equal("HC0010", refused.FirstErrorCode);
        Assert.Contains($"{Limit} bytes", refused.FirstError.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(refused.HasData);
        Assert.Equal(HttpStatusCode.OK, next.Status);
    }

    /// <summary>A valid request of exactly <paramref name="size"/> bytes: the padding is an unknown member, which the reader skips.</summary>
    private static string BodyOf(int size)
    {
        const string Start = "{\"query\":\"{ hello }\",\"padding\":\"";
        const string End = "\"}";
        var body = Start + new string('x', size - Start.Length - End.Length) + End;
        Assert.Equal(size, Encoding.UTF8.GetByteCount(body));
        return body;
    }

    private async Task<HttpResponseMessage> PostAsync(string body, bool chunked)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql")
        {
            Content = chunked ? new StreamContent(new UnknownLengthStream(bytes)) : new ByteArrayContent(bytes),
        };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        var response = await server.Client.SendAsync(request);
        Assert.Equal(chunked, request.Headers.TransferEncodingChunked == true || request.Content.Headers.ContentLength is null);
        return response;
    }

    /// <summary>A stream whose length is unknown, so HttpClient sends it chunked.</summary>
    private sealed class UnknownLengthStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;
    }
}
