using System.Security.Cryptography;
using System.Text;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.AspNetCore.Http.Sdl;

/// <summary>
/// The printed SDL of one schema with the validators a download needs: the schema never changes
/// while the server runs, so it is printed and hashed once.
/// </summary>
internal sealed class SchemaDocument
{
    private SchemaDocument(Schema schema, byte[] content, DateTimeOffset lastModified)
    {
        Schema = schema;
        Content = content;

        // HC's shape: "<version>-<base64 SHA-256>"; we have one schema version, so "1".
        ETag = $"\"1-{Convert.ToBase64String(SHA256.HashData(content))}\"";

        // HTTP dates have whole seconds; trimming keeps If-Modified-Since comparisons exact.
        LastModified = lastModified.AddTicks(-(lastModified.Ticks % TimeSpan.TicksPerSecond));
    }

    public Schema Schema { get; }

    public byte[] Content { get; }

    public string ETag { get; }

    public DateTimeOffset LastModified { get; }

    public static SchemaDocument Create(Schema schema) =>
        new(schema, Encoding.UTF8.GetBytes(SchemaPrinter.Print(schema)), DateTimeOffset.UtcNow);
}
