using System.Text;
using KnowledgeApi.GraphQL.AspNetCore.Http.Responses;
using KnowledgeApi.GraphQL.Errors;
using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Types;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace KnowledgeApi.GraphQL.AspNetCore.Http.Sdl;

/// <summary>
/// Serves the schema as SDL for <c>path?sdl</c> and <c>path/schema.graphql</c>, with Hot
/// Chocolate's headers (an attachment named schema.graphql, ETag, Last-Modified, an hour's
/// revalidated caching) and <c>?sdl&amp;types=A,B</c> for a few types only.
/// </summary>
internal sealed class SchemaRequestHandler
{
    private const string SdlContentType = "application/graphql; charset=utf-8";
    private const string CacheControl = "public, must-revalidate, max-age=3600";

    private SchemaDocument? document;

    public async Task HandleAsync(HttpContext context)
    {
        var schema = context.RequestServices.GetRequiredService<IRequestExecutor>().Schema;
        var current = document;
        if (current is null || !ReferenceEquals(current.Schema, schema))
        {
            current = SchemaDocument.Create(schema);
            document = current;
        }

        var response = context.Response;
        var headers = response.Headers;
        headers.CacheControl = CacheControl;
        headers.ETag = current.ETag;
        headers.LastModified = HeaderUtilities.FormatDate(current.LastModified);

        if (context.Request.Query.TryGetValue("types", out var types))
        {
            await WriteTypesAsync(context, schema, types.ToString());
            return;
        }

        if (IsNotModified(context.Request, current))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.ContentType = SdlContentType;
        headers.ContentDisposition = "attachment; filename=\"schema.graphql\"";
        await response.Body.WriteAsync(current.Content, context.RequestAborted);
    }

    private static bool IsNotModified(HttpRequest request, SchemaDocument document)
    {
        var ifNoneMatch = request.Headers.IfNoneMatch;
        if (ifNoneMatch.Count > 0)
        {
            return EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
                && tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Tag.Equals(document.ETag, StringComparison.Ordinal));
        }

        return HeaderUtilities.TryParseDate(request.Headers.IfModifiedSince.ToString(), out var since)
            && document.LastModified <= since;
    }

    /// <summary>HC's <c>?sdl&amp;types=</c>: HC0058 for an empty list, HC0059 for a bad name, HC0060 (404) for an unknown type.</summary>
    private static async Task WriteTypesAsync(HttpContext context, Schema schema, string list)
    {
        var names = list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (names.Length == 0)
        {
            await WriteErrorAsync(context, 400, new GraphQLError("The `types` parameter names no type; give a comma-separated list of type names.").WithCode("HC0058"));
            return;
        }

        var printed = new List<string>(names.Length);
        foreach (var name in names)
        {
            if (!IsName(name))
            {
                await WriteErrorAsync(context, 400, new GraphQLError($"`{name}` is not a valid GraphQL type name.").WithCode("HC0059"));
                return;
            }

            if (!schema.TryGetType(name, out var type))
            {
                await WriteErrorAsync(context, 404, new GraphQLError($"The schema has no type named `{name}`.").WithCode("HC0060").WithExtension("typeName", name));
                return;
            }

            printed.Add(SchemaPrinter.PrintType(type));
        }

        var response = context.Response;
        response.ContentType = SdlContentType;
        var fileName = names.Length == 1 ? $"{names[0]}.graphql" : "types.graphql";
        response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        await response.Body.WriteAsync(Encoding.UTF8.GetBytes(string.Join("\n\n", printed)), context.RequestAborted);
    }

    private static Task WriteErrorAsync(HttpContext context, int status, GraphQLError error)
    {
        context.Response.Headers.Remove(HeaderNames.CacheControl);
        context.Response.Headers.Remove(HeaderNames.ETag);
        context.Response.Headers.Remove(HeaderNames.LastModified);
        return GraphQLResponseWriter.WriteAsync(context.Response, ExecutionResult.FromRequestError(RequestErrorKind.InvalidRequest, error), ResponseFormat.Json, status, context.RequestAborted);
    }

    private static bool IsName(string name) =>
        (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.AsSpan(1).ContainsAnyExcept(NameChars) is false;

    private static readonly System.Buffers.SearchValues<char> NameChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");
}
