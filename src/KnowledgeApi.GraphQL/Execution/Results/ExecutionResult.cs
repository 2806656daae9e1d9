using System.Text;
using System.Text.Json;
using KnowledgeApi.GraphQL.Errors;

namespace KnowledgeApi.GraphQL.Execution;

/// <summary>
/// The executor's answer to one request. Written the way Hot Chocolate writes it: <c>errors</c>
/// first, then <c>data</c> (absent for request errors), then <c>extensions</c>; object members in
/// selection order.
/// </summary>
public sealed class ExecutionResult : IExecutionResult
{
    private readonly object? data;

    private ExecutionResult(IReadOnlyList<GraphQLError> errors, bool hasData, object? data, RequestErrorKind requestError, IReadOnlyDictionary<string, object?>? extensions)
    {
        Errors = errors;
        HasData = hasData;
        this.data = data;
        RequestError = requestError;
        Extensions = extensions;
    }

    public IReadOnlyList<GraphQLError> Errors { get; }

    public bool HasData { get; }

    public RequestErrorKind RequestError { get; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>A request that never executed: errors only, no <c>data</c> key.</summary>
    public static ExecutionResult FromRequestError(RequestErrorKind kind, IReadOnlyList<GraphQLError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (kind == RequestErrorKind.None)
        {
            throw new ArgumentException("A request error needs a kind.", nameof(kind));
        }

        return new ExecutionResult(errors, false, null, kind, null);
    }

    /// <summary>A request error with a single error.</summary>
    public static ExecutionResult FromRequestError(RequestErrorKind kind, GraphQLError error) => FromRequestError(kind, [error]);

    internal static ExecutionResult FromExecution(object? data, IReadOnlyList<GraphQLError> errors, IReadOnlyDictionary<string, object?>? extensions = null) =>
        new(errors, true, data, RequestErrorKind.None, extensions);

    /// <summary>An answer that is neither data nor errors, only extensions (the cost report of <c>GraphQL-Cost: validate</c>).</summary>
    internal static ExecutionResult FromExtensionsOnly(IReadOnlyDictionary<string, object?> extensions) =>
        new([], false, null, RequestErrorKind.None, extensions);

    /// <summary>A copy with one more error at the end (a timeout noticed after the last field finished).</summary>
    internal ExecutionResult WithError(GraphQLError error) => new([.. Errors, error], HasData, data, RequestError, Extensions);

    /// <summary>A copy with response extensions (cost reports and similar) added by later stages.</summary>
    public ExecutionResult WithExtensions(IReadOnlyDictionary<string, object?>? extensions) =>
        new(Errors, HasData, data, RequestError, extensions);

    /// <summary>A copy whose extensions are this result's followed by <paramref name="added"/> (a later entry wins).</summary>
    internal ExecutionResult WithAddedExtensions(IReadOnlyDictionary<string, object?> added)
    {
        if (Extensions is null)
        {
            return WithExtensions(added);
        }

        var merged = new Dictionary<string, object?>(Extensions, StringComparer.Ordinal);
        foreach (var (name, value) in added)
        {
            merged[name] = value;
        }

        return WithExtensions(merged);
    }

    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        if (Errors.Count > 0)
        {
            ResultValueWriter.WriteErrors(writer, Errors);
        }

        if (HasData)
        {
            writer.WritePropertyName("data");
            ResultValueWriter.WriteValue(writer, data);
        }

        if (Extensions is { Count: > 0 })
        {
            writer.WritePropertyName("extensions");
            ResultValueWriter.WriteValue(writer, Extensions);
        }

        writer.WriteEndObject();
    }

    /// <summary>The response as JSON text (tests and tools; the transport writes to the body directly).</summary>
    public string ToJson(bool indented = false)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public override string ToString() => ToJson();
}
