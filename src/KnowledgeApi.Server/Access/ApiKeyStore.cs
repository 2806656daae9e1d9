using System.Globalization;
using System.Security.Cryptography;

namespace KnowledgeApi.Server.Access;

/// <summary>
/// The configured keys, checked once at start (a malformed hash stops the server, naming the
/// entry, rather than silently locking its holder out), and the constant-time lookup of a
/// presented key.
/// </summary>
internal sealed class ApiKeyStore
{
    private readonly List<(ApiKeyEntry Entry, byte[] Hash)> _keys;

    public ApiKeyStore(IEnumerable<ApiKeyEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _keys = [.. entries.Select((entry, i) => (entry, Parse(entry, i)))];
    }

    /// <summary>The entry whose hash is the presented key's, or null.</summary>
    /// <remarks>
    /// Every configured hash is compared, each with <see cref="CryptographicOperations.FixedTimeEquals"/>,
    /// so the time taken says nothing about how close a guess came or which entry matched.
    /// </remarks>
    public ApiKeyEntry? Find(string presentedKey)
    {
        var presented = ApiKeyHash.ComputeBytes(presentedKey);
        ApiKeyEntry? found = null;
        foreach (var (entry, hash) in _keys)
        {
            if (CryptographicOperations.FixedTimeEquals(presented, hash) && found is null)
            {
                found = entry;
            }
        }

        return found;
    }

    private static byte[] Parse(ApiKeyEntry entry, int index)
    {
        var where = string.Create(CultureInfo.InvariantCulture, $"Knowledge:ApiKeys:{index}");
        if (string.IsNullOrWhiteSpace(entry.Name))
        {
            throw new InvalidDataException($"{where}:Name is empty: every API key needs a name saying who holds it.");
        }

        var hash = entry.Hash.Trim();
        if (hash.Length != 64 || !hash.All(char.IsAsciiHexDigit))
        {
            throw new InvalidDataException(
                $"{where}:Hash of the key '{entry.Name}' is not a SHA-256 in hex (64 hex digits); make one with `dotnet run --project src/KnowledgeApi.Server -- hash-key`.");
        }

        return Convert.FromHexString(hash);
    }
}
