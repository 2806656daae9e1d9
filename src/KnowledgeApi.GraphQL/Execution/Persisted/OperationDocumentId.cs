using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace KnowledgeApi.GraphQL.Execution.Persisted;

/// <summary>
/// Document ids and the hashes they are made of. Hot Chocolate names stored documents by the MD5
/// of their text in lower-case hex by default; Apollo's automatic persisted queries send SHA-256 in hex.
/// </summary>
public static class OperationDocumentId
{
    /// <summary>Long enough for any hash in hex or base64url, short enough to be a file name everywhere.</summary>
    public const int MaxLength = 128;

    /// <summary>HC's default document id: MD5 of the document's UTF-8 bytes, lower-case hex.</summary>
    [SuppressMessage("Security", "CA5351", Justification = "A name for a document, as Hot Chocolate's default; never a security check: APQ registrations never replace a stored document.")]
    public static string Md5(string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(document)));
    }

    /// <summary>The id Apollo clients send in <c>extensions.persistedQuery.sha256Hash</c>: SHA-256, lower-case hex.</summary>
    public static string Sha256(string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));
    }

    /// <summary>
    /// True for ids made only of letters, digits, <c>-</c> and <c>_</c> (hex and base64url hashes):
    /// an id becomes a file name, so anything that could leave the folder (<c>..</c>, separators) is refused.
    /// </summary>
    public static bool IsValid(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > MaxLength)
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-' && c != '_')
            {
                return false;
            }
        }

        return true;
    }
}
