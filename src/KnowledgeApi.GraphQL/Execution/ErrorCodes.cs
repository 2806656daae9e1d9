namespace KnowledgeApi.GraphQL.Execution;

/// <summary>Hot Chocolate's error codes that the executor itself reports.</summary>
public static class ErrorCodes
{
    /// <summary>The document is not valid GraphQL syntax.</summary>
    public const string SyntaxError = "HC0011";

    /// <summary>A field of a non-null type resolved to null.</summary>
    public const string NonNullViolation = "HC0018";

    /// <summary>The request ran longer than the configured execution timeout.</summary>
    public const string Timeout = "HC0045";

    /// <summary><c>__schema</c> or <c>__type</c> was asked for while introspection is switched off.</summary>
    public const string IntrospectionNotAllowed = "HC0046";

    /// <summary>The request was cancelled (the client went away).</summary>
    public const string RequestCancelled = "HC0049";
}
