using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.GraphQL.Errors;

/// <summary>
/// One error in a GraphQL response, in Hot Chocolate's shape: <c>message</c>, <c>locations</c>,
/// <c>path</c>, <c>extensions</c> (written in that order). Validation, variable coercion and field
/// execution all report through this type, so the transport writes every error the same way.
/// </summary>
public sealed record GraphQLError
{
    public GraphQLError(string message)
    {
        ArgumentException.ThrowIfNullOrEmpty(message);
        Message = message;
    }

    /// <summary>A clear description in our own words.</summary>
    public string Message { get; }

    /// <summary>Where in the request document the error points (1-based line and column), empty when nowhere.</summary>
    public IReadOnlyList<ErrorLocation> Locations { get; init; } = [];

    /// <summary>For field errors, the response path (names as strings, list indexes as ints); null for request errors.</summary>
    public IReadOnlyList<object>? Path { get; init; }

    /// <summary>
    /// Extra members under <c>extensions</c>, in insertion order (e.g. <c>code</c>, <c>specifiedBy</c>,
    /// rule-specific keys). Values are JSON-writable: string, number, bool, null, lists and dictionaries.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, object?>> Extensions { get; init; } = [];

    /// <summary>The <c>extensions.code</c> value, when there is one.</summary>
    public string? Code =>
        Extensions.FirstOrDefault(e => e.Key == ErrorExtensionKeys.Code).Value as string;

    /// <summary>A copy pointing at the given syntax nodes (nodes without a location are skipped).</summary>
    public GraphQLError WithLocations(params ReadOnlySpan<ISyntaxNode?> nodes)
    {
        var locations = new List<ErrorLocation>(nodes.Length);
        foreach (var node in nodes)
        {
            if (node?.Location is { } location)
            {
                locations.Add(new ErrorLocation(location.Line, location.Column));
            }
        }

        return this with { Locations = locations };
    }

    /// <summary>A copy with one more extension member (replacing an existing one of the same key).</summary>
    public GraphQLError WithExtension(string key, object? value) =>
        this with { Extensions = [.. Extensions.Where(e => e.Key != key), new(key, value)] };

    /// <summary>A copy with <c>extensions.code</c> set.</summary>
    public GraphQLError WithCode(string code) => WithExtension(ErrorExtensionKeys.Code, code);
}

/// <summary>A 1-based line and column in the request document.</summary>
public readonly record struct ErrorLocation(int Line, int Column);

/// <summary>Extension member names used across the engine.</summary>
public static class ErrorExtensionKeys
{
    public const string Code = "code";
    public const string SpecifiedBy = "specifiedBy";
}
