using KnowledgeApi.GraphQL.AspNetCore.Http;
using KnowledgeApi.GraphQL.AspNetCore.Http.Responses;
using Microsoft.Extensions.Primitives;

namespace KnowledgeApi.GraphQL.AspNetCore.Tests.Http;

public sealed class AcceptHeaderNegotiatorTests
{
    [Theory]
    [InlineData(null, nameof(ResponseFormat.GraphQLResponseJson))]
    [InlineData("", nameof(ResponseFormat.GraphQLResponseJson))]
    [InlineData("*/*", nameof(ResponseFormat.GraphQLResponseJson))]
    [InlineData("application/*", nameof(ResponseFormat.GraphQLResponseJson))]
    [InlineData("application/graphql-response+json", nameof(ResponseFormat.GraphQLResponseJson))]
    [InlineData("application/json", nameof(ResponseFormat.Json))]
    [InlineData("application/json; charset=utf-8", nameof(ResponseFormat.Json))]
    [InlineData("APPLICATION/JSON", nameof(ResponseFormat.Json))]
    // graphql-request and Apollo Client send both; the new type wins wherever it stands.
    [InlineData("application/json;q=0.9, application/graphql-response+json", nameof(ResponseFormat.GraphQLResponseJson))]
    [InlineData("application/graphql-response+json, application/json", nameof(ResponseFormat.GraphQLResponseJson))]
    // urql's default header.
    [InlineData("application/graphql-response+json, application/graphql+json, application/json, text/event-stream, multipart/mixed", nameof(ResponseFormat.GraphQLResponseJson))]
    [InlineData("application/json, multipart/mixed", nameof(ResponseFormat.Json))]
    [InlineData("application/json, */*;q=0.1", nameof(ResponseFormat.GraphQLResponseJson))]
    [InlineData("multipart/mixed", nameof(ResponseFormat.MultipartMixed))]
    [InlineData("multipart/mixed; deferSpec=20220824", nameof(ResponseFormat.MultipartMixed))]
    [InlineData("text/event-stream", nameof(ResponseFormat.EventStream))]
    [InlineData("application/graphql-response+json;q=0, application/json", nameof(ResponseFormat.Json))]
    // A browser's navigation header (reaches GraphQL when the IDE is off).
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", nameof(ResponseFormat.GraphQLResponseJson))]
    public void Picks_the_response_type_as_Hot_Chocolate_does(string? accept, string expected)
    {
        Assert.Equal(expected, AcceptHeaderNegotiator.Negotiate(accept is null ? StringValues.Empty : new StringValues(accept)).ToString());
    }

    [Fact]
    public void Several_Accept_headers_are_read_together()
    {
        Assert.Equal(ResponseFormat.GraphQLResponseJson, AcceptHeaderNegotiator.Negotiate(new StringValues(["text/plain", "application/graphql-response+json"])));
    }

    [Theory]
    [InlineData("unsupported")]
    [InlineData("application/json;;;==")]
    public void An_unparsable_header_is_400_HC0064_with_the_value(string accept)
    {
        var rejected = Assert.Throws<HttpRequestRejectedException>(() => AcceptHeaderNegotiator.Negotiate(accept));

        Assert.Equal(400, rejected.StatusCode);
        Assert.Equal("HC0064", rejected.Error.Code);
        Assert.Contains(rejected.Error.Extensions, e => e.Key == "headerValue" && (string?)e.Value == accept);
    }

    [Theory]
    [InlineData("application/unsupported")]
    [InlineData("text/html")]
    [InlineData("application/xml, text/plain")]
    [InlineData("application/json;q=0")]
    public void A_header_naming_only_types_we_cannot_produce_is_406(string accept)
    {
        var rejected = Assert.Throws<HttpRequestRejectedException>(() => AcceptHeaderNegotiator.Negotiate(accept));

        Assert.Equal(406, rejected.StatusCode);
    }
}
