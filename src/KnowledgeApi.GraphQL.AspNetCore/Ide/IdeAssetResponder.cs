using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace KnowledgeApi.GraphQL.AspNetCore.Ide;

/// <summary>
/// Writes one IDE asset: content type, caching headers and ETag; 304 when the browser already
/// holds this version; headers only for HEAD.
/// </summary>
internal static class IdeAssetResponder
{
    public static async Task WriteAsync(HttpContext context, IdeAsset asset)
    {
        var response = context.Response;
        var headers = response.Headers;
        headers.CacheControl = asset.CacheControl;
        headers.ETag = asset.ETag;
        // The IDE's files are scripts and styles: the browser must not guess another type.
        headers.XContentTypeOptions = "nosniff";

        if (IsCurrent(context.Request, asset.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = asset.ContentType;
        response.ContentLength = asset.Length;
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }

        await using var content = asset.OpenRead();
        await content.CopyToAsync(response.Body, context.RequestAborted).ConfigureAwait(false);
    }

    private static bool IsCurrent(HttpRequest request, string etag)
    {
        var ifNoneMatch = request.GetTypedHeaders().IfNoneMatch;
        if (ifNoneMatch is null || ifNoneMatch.Count == 0)
        {
            return false;
        }

        var current = new EntityTagHeaderValue(etag);
        return ifNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: false));
    }
}
