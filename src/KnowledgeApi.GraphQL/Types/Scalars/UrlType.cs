namespace KnowledgeApi.GraphQL.Types;

/// <summary>Hot Chocolate's <c>URL</c>: an absolute or relative <see cref="Uri"/>.</summary>
public sealed class UrlType() : StringLiteralScalarType<Uri>("URL", specifiedByUrl: "https://tools.ietf.org/html/rfc3986")
{
    protected override bool TryParse(string text, out Uri value) =>
        Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out value!);

    protected override bool TryFormat(object runtimeValue, out string text)
    {
        text = runtimeValue is Uri uri ? uri.OriginalString : string.Empty;
        return runtimeValue is Uri;
    }
}
