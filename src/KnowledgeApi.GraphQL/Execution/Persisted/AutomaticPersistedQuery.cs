using KnowledgeApi.GraphQL.Errors;

namespace KnowledgeApi.GraphQL.Execution.Persisted;

/// <summary>
/// <c>extensions.persistedQuery</c> of an automatic persisted query: <c>{ "version": 1, "sha256Hash": "…" }</c>
/// (Apollo) or <c>md5Hash</c> (Hot Chocolate's default hash). The hash is the document's id in the storage.
/// </summary>
internal sealed record AutomaticPersistedQuery(string HashName, string Hash)
{
    public const string ExtensionName = "persistedQuery";
    public const string Sha256HashName = "sha256Hash";
    public const string Md5HashName = "md5Hash";

    /// <summary>The request's APQ extension, or null when it has none; a malformed one is an <c>HC0009</c> error.</summary>
    public static AutomaticPersistedQuery? From(IReadOnlyDictionary<string, object?>? extensions, out GraphQLError? error)
    {
        error = null;
        if (extensions is null || !extensions.TryGetValue(ExtensionName, out var value) || value is null)
        {
            return null;
        }

        if (value is not IReadOnlyDictionary<string, object?> members)
        {
            error = Invalid("`extensions.persistedQuery` must be an object with `version` and `sha256Hash`.");
            return null;
        }

        if (!members.TryGetValue("version", out var version) || version is not 1)
        {
            error = Invalid("Only version 1 of automatic persisted queries is supported (`extensions.persistedQuery.version`).");
            return null;
        }

        foreach (var name in (ReadOnlySpan<string>)[Sha256HashName, Md5HashName])
        {
            if (members.TryGetValue(name, out var hash) && hash is string text && OperationDocumentId.IsValid(text))
            {
                return new AutomaticPersistedQuery(name, text);
            }
        }

        error = Invalid("`extensions.persistedQuery` needs a `sha256Hash` (or `md5Hash`) in hex.");
        return null;
    }

    /// <summary>True when the hash is the document's own hash (hex in either case).</summary>
    public bool Matches(string document)
    {
        var actual = HashName == Md5HashName ? OperationDocumentId.Md5(document) : OperationDocumentId.Sha256(document);
        return string.Equals(actual, Hash, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The response's <c>extensions.persistedQuery</c> after the document was stored.</summary>
    public IReadOnlyDictionary<string, object?> Persisted(bool persisted) =>
        new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [ExtensionName] = new Dictionary<string, object?>(StringComparer.Ordinal) { [HashName] = Hash, ["persisted"] = persisted },
        };

    private static GraphQLError Invalid(string message) => new GraphQLError(message).WithCode(PersistedOperationErrors.RequestInvalidCode);
}
