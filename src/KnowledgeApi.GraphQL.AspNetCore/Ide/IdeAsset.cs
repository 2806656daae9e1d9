using System.Security.Cryptography;

namespace KnowledgeApi.GraphQL.AspNetCore.Ide;

/// <summary>
/// One file of the IDE as it is served: its path below the IDE's root, the headers that go with
/// it and how to read its bytes. Package files are read as streams straight from the assembly's
/// embedded resources, so the multi-megabyte bundles are never copied into managed memory; the
/// two documents the server writes itself (index.html with its title, bcp-config.json) are bytes.
/// </summary>
/// <param name="Path">Path below the IDE's root, '/'-separated, e.g. <c>static/js/main.0349187e.js</c>.</param>
/// <param name="ContentType">The Content-Type header value.</param>
/// <param name="CacheControl">The Cache-Control header value.</param>
/// <param name="ETag">A strong entity tag derived from the bytes, quotes included.</param>
/// <param name="Length">The size in bytes.</param>
/// <param name="OpenRead">Opens a fresh read-only stream over the bytes.</param>
internal sealed record IdeAsset(string Path, string ContentType, string CacheControl, string ETag, long Length, Func<Stream> OpenRead)
{
    /// <summary>An asset whose bytes the server produced (not a package file).</summary>
    public static IdeAsset FromBytes(string path, byte[] content) =>
        new(path, IdeContentTypes.For(path), IdeCachePolicy.For(path), ETagOf(content), content.Length, () => new MemoryStream(content, writable: false));

    /// <summary>A quoted strong ETag: the first 16 bytes of the SHA-256 of the content, in hex.</summary>
    public static string ETagOf(ReadOnlySpan<byte> content)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(content, hash);
        return $"\"{Convert.ToHexStringLower(hash[..16])}\"";
    }

    /// <summary>The same tag computed from a stream, for package files read from resources.</summary>
    public static string ETagOf(Stream content)
    {
        var hash = SHA256.HashData(content);
        return $"\"{Convert.ToHexStringLower(hash.AsSpan(0, 16))}\"";
    }
}
