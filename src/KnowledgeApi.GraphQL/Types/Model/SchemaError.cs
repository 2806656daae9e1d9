namespace KnowledgeApi.GraphQL.Types;

/// <summary>One broken type-system rule: a message and the schema coordinate it is about (<c>Type.field(arg:)</c>).</summary>
public sealed record SchemaError(string Message, string? Coordinate)
{
    /// <summary>Hot Chocolate's error code when the problem has one (<c>HC0066</c> for duplicate error type names).</summary>
    public string? Code { get; init; }

    public override string ToString() => Message;
}

/// <summary>Thrown when a schema cannot be built; lists every problem found, not just the first.</summary>
public sealed class SchemaException : Exception
{
    public SchemaException()
        : this([])
    {
    }

    public SchemaException(string message)
        : this([new SchemaError(message, null)])
    {
    }

    public SchemaException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new SchemaError(message, null)];
    }

    public SchemaException(IReadOnlyList<SchemaError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<SchemaError> Errors { get; }

    private static string Describe(IReadOnlyList<SchemaError> errors) =>
        errors.Count == 0
            ? "The schema is invalid."
            : $"The schema is invalid ({errors.Count} error{(errors.Count == 1 ? string.Empty : "s")}):"
                + string.Concat(errors.Select(e => Environment.NewLine + "- " + e.Message));
}
