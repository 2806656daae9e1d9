using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using KnowledgeApi.GraphQL.Errors;

namespace KnowledgeApi.GraphQL.AspNetCore.Http.Responses;

/// <summary>
/// Picks the response media type from the Accept header the way Hot Chocolate does: the new
/// <c>application/graphql-response+json</c> when the header is absent or names it, <c>*/*</c> or
/// <c>application/*</c> anywhere; <c>application/json</c> only when the client names it and none
/// of those; then multipart and event streams. Quality values do not rank (HC ignores them too),
/// but <c>q=0</c> ("not acceptable") removes a type.
/// </summary>
internal static class AcceptHeaderNegotiator
{
    public static ResponseFormat Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept))
        {
            return ResponseFormat.GraphQLResponseJson;
        }

        if (!MediaTypeHeaderValue.TryParseList(accept, out var mediaTypes))
        {
            var value = accept.ToString();
            throw new HttpRequestRejectedException(
                400,
                new GraphQLError($"Unable to parse the accept header value `{value}`.")
                    .WithCode(HttpErrorCodes.InvalidAcceptHeader)
                    .WithExtension("headerValue", value));
        }

        var seen = Kind.None;
        foreach (var mediaType in mediaTypes)
        {
            if (mediaType.Quality is 0)
            {
                continue;
            }

            seen |= KindOf(mediaType);
        }

        if ((seen & (Kind.GraphQLResponse | Kind.AnyApplication | Kind.Any)) != 0)
        {
            return ResponseFormat.GraphQLResponseJson;
        }

        if ((seen & Kind.Json) != 0)
        {
            return ResponseFormat.Json;
        }

        if ((seen & Kind.Multipart) != 0)
        {
            return ResponseFormat.MultipartMixed;
        }

        if ((seen & Kind.EventStream) != 0)
        {
            return ResponseFormat.EventStream;
        }

        throw new HttpRequestRejectedException(
            406,
            new GraphQLError(
                $"None of the accepted media types `{accept}` can be produced; accept application/graphql-response+json or application/json.")
                .WithCode(HttpErrorCodes.NoSupportedAcceptMediaType));
    }

    private static Kind KindOf(MediaTypeHeaderValue mediaType)
    {
        var type = mediaType.Type;
        var subType = mediaType.SubType;
        if (type.Equals("application", StringComparison.OrdinalIgnoreCase))
        {
            return subType switch
            {
                _ when subType.Equals("graphql-response+json", StringComparison.OrdinalIgnoreCase) => Kind.GraphQLResponse,
                _ when subType.Equals("json", StringComparison.OrdinalIgnoreCase) => Kind.Json,
                _ when subType.Equals("*", StringComparison.Ordinal) => Kind.AnyApplication,
                _ => Kind.None,
            };
        }

        if (type.Equals("multipart", StringComparison.OrdinalIgnoreCase))
        {
            return subType.Equals("mixed", StringComparison.OrdinalIgnoreCase) || subType.Equals("*", StringComparison.Ordinal)
                ? Kind.Multipart
                : Kind.None;
        }

        if (type.Equals("text", StringComparison.OrdinalIgnoreCase))
        {
            return subType.Equals("event-stream", StringComparison.OrdinalIgnoreCase) ? Kind.EventStream : Kind.None;
        }

        return type.Equals("*", StringComparison.Ordinal) && subType.Equals("*", StringComparison.Ordinal) ? Kind.Any : Kind.None;
    }

    [Flags]
    private enum Kind
    {
        None = 0,
        GraphQLResponse = 1,
        Json = 2,
        AnyApplication = 4,
        Any = 8,
        Multipart = 16,
        EventStream = 32,
    }
}
