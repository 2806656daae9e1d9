using KnowledgeApi.TestSupport;

namespace KnowledgeApi.GraphQL.AspNetCore.Tests.Ide;

/// <summary>
/// The Banana Cake Pop package as npm installed it for the build: the expected bytes the server
/// must send, read from disk independently of the embedded resources it serves from.
/// </summary>
internal static class IdePackage
{
    public static string Folder => RepositoryPaths.Combine(
        "src", "KnowledgeApi.GraphQL.AspNetCore", "ide-package", "node_modules", "@chillicream", "bananacakepop-graphql-ide");

    /// <summary>The package's npm entry points and metadata, which are not part of the web app.</summary>
    public static readonly string[] NotServed = ["index.cjs", "index.mjs", "index.d.cts", "index.d.mts", "package.json", "README.md"];

    public static string IndexHtml => File.ReadAllText(Path.Combine(Folder, "index.html"));

    /// <summary>Every web file of the package, as '/'-separated paths below its folder.</summary>
    public static IEnumerable<string> WebFiles() =>
        Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(Folder, file).Replace('\\', '/'))
            .Where(path => !NotServed.Contains(path));

    public static byte[] Read(string path) => File.ReadAllBytes(Path.Combine(Folder, path));
}
