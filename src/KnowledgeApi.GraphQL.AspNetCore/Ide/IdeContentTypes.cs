namespace KnowledgeApi.GraphQL.AspNetCore.Ide;

/// <summary>
/// Content types for the files Banana Cake Pop ships. An explicit table rather than the static
/// files provider: the package is pinned, so every extension it holds is known, and the table
/// says exactly what the browser receives (text types carry their charset; fonts their modern
/// <c>font/*</c> names).
/// </summary>
internal static class IdeContentTypes
{
    private const string Binary = "application/octet-stream";

    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".webmanifest"] = "application/manifest+json; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".svg"] = "image/svg+xml; charset=utf-8",
        [".png"] = "image/png",
        [".ico"] = "image/x-icon",
        [".woff2"] = "font/woff2",
        [".woff"] = "font/woff",
        [".ttf"] = "font/ttf",
        [".map"] = "application/json; charset=utf-8",
    };

    /// <summary>The content type for a path inside the package; files without a known extension are sent as bytes.</summary>
    public static string For(string path)
    {
        var extension = Path.GetExtension(path);
        if (extension.Length == 0)
        {
            // The package's LICENSE has no extension and is plain text.
            return string.Equals(Path.GetFileName(path), "LICENSE", StringComparison.Ordinal) ? "text/plain; charset=utf-8" : Binary;
        }

        return ByExtension.TryGetValue(extension, out var type) ? type : Binary;
    }
}
