namespace KnowledgeApi.GraphQL.Types;

/// <summary>Hot Chocolate's <c>UUID</c>: a <see cref="Guid"/> written with hyphens (format <c>D</c>).</summary>
public sealed class UuidType() : StringLiteralScalarType<Guid>("UUID", specifiedByUrl: "https://tools.ietf.org/html/rfc4122")
{
    protected override bool TryParse(string text, out Guid value) => Guid.TryParse(text, out value);

    protected override bool TryFormat(object runtimeValue, out string text)
    {
        text = runtimeValue is Guid guid ? guid.ToString("D") : string.Empty;
        return runtimeValue is Guid;
    }
}
