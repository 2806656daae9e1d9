namespace KnowledgeApi.Server.Access;

/// <summary>
/// One operator-configured key under <c>Knowledge:ApiKeys</c>: who it belongs to, the SHA-256 of
/// the key (never the key itself; <c>hash-key</c> makes it) and what it may do.
/// </summary>
internal sealed class ApiKeyEntry
{
    /// <summary>Who holds the key ("newsroom-bot"); becomes the user's name in logs and claims.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The key's SHA-256 as 64 hex digits (either case).</summary>
    public string Hash { get; set; } = string.Empty;

    /// <summary>What the key may do; <see cref="ApiKeyRights.Write"/> allows the mutations.</summary>
    public List<string> Rights { get; set; } = [];
}
