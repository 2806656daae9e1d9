using System.Text.RegularExpressions;

namespace KnowledgeApi.GraphQL.AspNetCore.Ide;

/// <summary>
/// Which IDE files a browser may keep without asking again. The package's bundles carry a content
/// hash in their names (<c>static/js/main.0349187e.js</c>): a new IDE version means new names, so
/// those are immutable for a year. Everything else (index.html, bcp-config.json, icons, the
/// manifest) keeps a stable name across versions and must be revalidated, which the ETag makes cheap.
/// </summary>
internal static partial class IdeCachePolicy
{
    public const string Immutable = "public, max-age=31536000, immutable";
    public const string Revalidate = "no-cache";

    /// <summary>The Cache-Control value for a path below the IDE's root.</summary>
    public static string For(string path) =>
        path.StartsWith("static/", StringComparison.Ordinal) && HashedName().IsMatch(path) ? Immutable : Revalidate;

    // A file name segment of 8+ hex digits between dots, as webpack writes [contenthash].
    [GeneratedRegex(@"\.[0-9a-f]{8,}\.", RegexOptions.CultureInvariant)]
    private static partial Regex HashedName();
}
