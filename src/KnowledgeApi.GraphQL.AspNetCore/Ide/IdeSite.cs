using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KnowledgeApi.GraphQL.AspNetCore.Ide;

/// <summary>
/// The IDE as one mapping serves it: the package's files, plus the two documents shaped by the
/// options: index.html with the configured title, and bcp-config.json, the settings Banana Cake
/// Pop fetches next to its index page before it renders.
/// </summary>
internal sealed class IdeSite
{
    public const string IndexPath = "index.html";
    public const string ConfigPath = "bcp-config.json";

    private readonly IdePackageFiles files;

    public IdeSite(IdePackageFiles files, GraphQLIdeOptions options, string idePath)
    {
        this.files = files;
        Index = IdeAsset.FromBytes(IndexPath, WithTitle(files.ReadAllBytes(IndexPath), options.Title));
        Config = IdeAsset.FromBytes(ConfigPath, WriteConfig(options, idePath));
    }

    /// <summary>index.html, with the configured title.</summary>
    public IdeAsset Index { get; }

    /// <summary>bcp-config.json.</summary>
    public IdeAsset Config { get; }

    /// <summary>The asset at a path below the IDE's root (empty means the index page), or null.</summary>
    public IdeAsset? Find(string path) => path switch
    {
        "" or IndexPath => Index,
        ConfigPath => Config,
        _ => files.Find(path),
    };

    /// <summary>
    /// The keys the package's bundle reads from its preset (found in static/js/main.*.js):
    /// <c>endpoint</c> resolved against the page URL when <c>useBrowserUrlAsEndpoint</c> is set,
    /// <c>disableTelemetry</c> which stops the activation post to telemetry.chillicream.com,
    /// <c>includeCookies</c> and <c>useGet</c> for the connection. <c>title</c> is written too,
    /// as Hot Chocolate does, though this version only shows the page title (set in index.html).
    /// </summary>
    internal static byte[] WriteConfig(GraphQLIdeOptions options, string idePath)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("title", options.Title);
            var endpoint = options.GraphQLEndpoint;
            if (string.IsNullOrEmpty(endpoint) && !options.UseBrowserUrlAsGraphQLEndpoint)
            {
                // Without the browser URL the IDE would ask the user; the GraphQL path is the right default.
                endpoint = idePath;
            }

            if (!string.IsNullOrEmpty(endpoint))
            {
                json.WriteString("endpoint", endpoint);
            }

            json.WriteBoolean("useBrowserUrlAsEndpoint", options.UseBrowserUrlAsGraphQLEndpoint);
            json.WriteBoolean("disableTelemetry", options.DisableTelemetry);
            json.WriteBoolean("includeCookies", options.IncludeCookies);
            json.WriteBoolean("useGet", options.UseGet);
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>Replaces the text of the page's first &lt;title&gt; element, HTML-encoded.</summary>
    internal static byte[] WithTitle(byte[] indexHtml, string title)
    {
        const string open = "<title>";
        const string close = "</title>";
        var html = Encoding.UTF8.GetString(indexHtml);
        var start = html.IndexOf(open, StringComparison.OrdinalIgnoreCase);
        var end = start < 0 ? -1 : html.IndexOf(close, start, StringComparison.OrdinalIgnoreCase);
        if (end < 0)
        {
            return indexHtml;
        }

        var rewritten = string.Concat(html.AsSpan(0, start + open.Length), HtmlEncoder.Default.Encode(title), html.AsSpan(end));
        return Encoding.UTF8.GetBytes(rewritten);
    }
}
