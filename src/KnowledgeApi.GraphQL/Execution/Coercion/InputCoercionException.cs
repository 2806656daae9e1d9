namespace KnowledgeApi.GraphQL.Execution.Coercion;

/// <summary>An input value (variable or argument) that does not fit its type; the stages turn it into a GraphQL error.</summary>
internal sealed class InputCoercionException : Exception
{
    public InputCoercionException()
    {
    }

    public InputCoercionException(string message)
        : base(message)
    {
    }

    public InputCoercionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
