using System.Security.Cryptography;
using System.Text;

namespace KnowledgeApi.Server.Access;

/// <summary>The one way keys are hashed, shared by the <c>hash-key</c> verb and the authentication handler.</summary>
internal static class ApiKeyHash
{
    /// <summary>SHA-256 of the key's UTF-8 bytes, as 64 lower-case hex digits.</summary>
    public static string Compute(string key) => Convert.ToHexStringLower(ComputeBytes(key));

    /// <summary>SHA-256 of the key's UTF-8 bytes, the 32 bytes <see cref="Compute"/> writes in hex.</summary>
    public static byte[] ComputeBytes(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return SHA256.HashData(Encoding.UTF8.GetBytes(key));
    }

    /// <summary>A new random key: 32 bytes from the system's cryptographic generator, URL-safe base64.</summary>
    public static string NewKey() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
