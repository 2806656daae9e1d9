using System.Reflection;

namespace KnowledgeApi.GraphQL.AspNetCore.Ide;

/// <summary>
/// The Banana Cake Pop package files embedded in this assembly at build time (BananaCakePop.targets
/// names each resource <c>BananaCakePop/&lt;path in the package&gt;</c>). Built once per process:
/// the resources cannot change while it runs.
/// </summary>
internal sealed class IdePackageFiles
{
    private const string ResourcePrefix = "BananaCakePop/";

    private static readonly Lazy<IdePackageFiles> Embedded = new(() => Load(typeof(IdePackageFiles).Assembly));

    private readonly Dictionary<string, IdeAsset> byPath;

    private IdePackageFiles(Dictionary<string, IdeAsset> byPath) => this.byPath = byPath;

    /// <summary>The files embedded in this assembly.</summary>
    public static IdePackageFiles Instance => Embedded.Value;

    /// <summary>Every file's path below the IDE's root.</summary>
    public IEnumerable<string> Paths => byPath.Keys;

    /// <summary>
    /// The file at exactly this path, or null. Lookup is by exact key in a table built from the
    /// resources, so no request path can reach anything else (no traversal to guard against).
    /// </summary>
    public IdeAsset? Find(string path) => byPath.GetValueOrDefault(path);

    /// <summary>The raw bytes of a package file, for the documents the server rewrites.</summary>
    public byte[] ReadAllBytes(string path)
    {
        var asset = Find(path) ?? throw new InvalidOperationException(MissingMessage(path));
        using var stream = asset.OpenRead();
        using var copy = new MemoryStream((int)asset.Length);
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static IdePackageFiles Load(Assembly assembly)
    {
        var byPath = new Dictionary<string, IdeAsset>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            {
                continue;
            }

            var path = resource[ResourcePrefix.Length..].Replace('\\', '/');
            long length;
            string etag;
            using (var stream = Open(assembly, resource))
            {
                length = stream.Length;
                etag = IdeAsset.ETagOf(stream);
            }

            byPath[path] = new IdeAsset(path, IdeContentTypes.For(path), IdeCachePolicy.For(path), etag, length, () => Open(assembly, resource));
        }

        if (!byPath.ContainsKey("index.html"))
        {
            throw new InvalidOperationException(MissingMessage("index.html"));
        }

        return new IdePackageFiles(byPath);
    }

    private static Stream Open(Assembly assembly, string resource) =>
        assembly.GetManifestResourceStream(resource) ?? throw new InvalidOperationException($"The embedded resource {resource} could not be opened.");

    private static string MissingMessage(string path) =>
        $"Banana Cake Pop's {path} is not embedded in {typeof(IdePackageFiles).Assembly.GetName().Name}: " +
        "the build installs it with npm ci (BananaCakePop.targets); rebuild with npm on the PATH.";
}
