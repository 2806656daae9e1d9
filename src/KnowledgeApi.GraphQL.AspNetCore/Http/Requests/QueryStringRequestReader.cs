using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using KnowledgeApi.GraphQL.Execution;

namespace KnowledgeApi.GraphQL.AspNetCore.Http.Requests;

/// <summary>
/// Reads a GET request: <c>query</c>, <c>operationName</c>, <c>id</c> as plain parameters and
/// <c>variables</c>/<c>extensions</c> as URL-encoded JSON objects (GraphQL over HTTP, GET).
/// </summary>
internal static class QueryStringRequestReader
{
    private static readonly JsonReaderOptions Options = new() { MaxDepth = GraphQLRequestJsonReader.MaxDepth };

    public static GraphQLRequest Read(IQueryCollection query) =>
        GraphQLRequestJsonReader.RequireDocument(new GraphQLRequest
        {
            Query = Single(query, "query"),
            OperationName = Single(query, "operationName"),
            DocumentId = Single(query, "id") ?? Single(query, "documentId"),
            Variables = JsonObject(query, "variables"),
            Extensions = JsonObject(query, "extensions"),
        });

    private static string? Single(IQueryCollection query, string name)
    {
        var values = query[name];
        return values.Count switch
        {
            0 => null,
            1 => values[0] is { Length: > 0 } value ? value : null,
            _ => throw HttpRequestRejectedException.BadRequest(HttpErrorCodes.RequestInvalid, $"The parameter `{name}` was given {values.Count} times; give it once."),
        };
    }

    private static Dictionary<string, object?>? JsonObject(IQueryCollection query, string name)
    {
        if (Single(query, name) is not { } text)
        {
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text), Options);
            reader.Read();
            var value = reader.TokenType switch
            {
                JsonTokenType.StartObject => JsonValueReader.ReadObject(ref reader),
                JsonTokenType.Null => null,
                _ => throw HttpRequestRejectedException.BadRequest(HttpErrorCodes.RequestInvalid, $"The parameter `{name}` must be a JSON object."),
            };

            if (reader.Read())
            {
                throw new JsonException($"Unexpected data after the `{name}` object.");
            }

            return value;
        }
        catch (JsonException exception)
        {
            throw HttpRequestRejectedException.BadRequest(HttpErrorCodes.InvalidJson, $"The parameter `{name}` is not valid JSON.", exception);
        }
    }
}
