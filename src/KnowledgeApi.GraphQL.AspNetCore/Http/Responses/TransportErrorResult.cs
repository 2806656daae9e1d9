using System.Collections;
using System.Globalization;
using System.Text.Json;
using KnowledgeApi.GraphQL.Errors;
using KnowledgeApi.GraphQL.Execution;

namespace KnowledgeApi.GraphQL.AspNetCore.Http.Responses;

/// <summary>
/// A response for a request the transport refused before the executor saw it: only
/// <c>errors</c>, no <c>data</c> key, each error in Hot Chocolate's member order.
/// </summary>
internal sealed class TransportErrorResult(GraphQLError error) : IExecutionResult
{
    public IReadOnlyList<GraphQLError> Errors { get; } = [error];

    public bool HasData => false;

    public RequestErrorKind RequestError => RequestErrorKind.InvalidRequest;

    public IReadOnlyDictionary<string, object?>? Extensions => null;

    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("errors");
        foreach (var item in Errors)
        {
            WriteError(writer, item);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteError(Utf8JsonWriter writer, GraphQLError error)
    {
        writer.WriteStartObject();
        writer.WriteString("message", error.Message);
        if (error.Locations.Count > 0)
        {
            writer.WriteStartArray("locations");
            foreach (var location in error.Locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (error.Extensions.Count > 0)
        {
            writer.WriteStartObject("extensions");
            foreach (var (key, value) in error.Extensions)
            {
                writer.WritePropertyName(key);
                WriteValue(writer, value);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    // Transport errors carry strings and numbers only; the general shapes are here for safety.
    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case int or long or short or byte:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case double or float or decimal:
                writer.WriteNumberValue(Convert.ToDecimal(value, CultureInfo.InvariantCulture));
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
