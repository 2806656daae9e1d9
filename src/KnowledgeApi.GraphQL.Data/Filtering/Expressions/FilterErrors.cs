using KnowledgeApi.GraphQL.Errors;
using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Data.Filtering;

/// <summary>The field errors filtering reports, in Hot Chocolate's shape and codes.</summary>
public static class FilterErrors
{
    /// <summary>HC's code for a null given to a filter operation that cannot take one.</summary>
    public const string NullNotSupportedCode = "HC0026";

    /// <summary>
    /// <c>gt: null</c>, <c>contains: null</c>...: a field error (the field resolves to null) with
    /// HC's extensions <c>expectedType</c> and <c>filterType</c>.
    /// </summary>
    public static FilterException NullNotSupported(string operation, InputObjectType filterType, IType valueType)
    {
        ArgumentNullException.ThrowIfNull(filterType);
        ArgumentNullException.ThrowIfNull(valueType);
        var expected = valueType is NonNullType ? valueType : new NonNullType(valueType);
        var error = new GraphQLError($"The filter `{operation}` of {filterType.Name} cannot take null: give it a value, or leave `{operation}` out.")
            .WithCode(NullNotSupportedCode)
            .WithExtension("expectedType", expected.Print())
            .WithExtension("filterType", filterType.Name);
        return new FilterException(error);
    }

    /// <summary>The error as the executor reports a field error: at the filtered field's path.</summary>
    public static FilterException ForField(FilterException error, ResponsePath path)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(path);
        return new FilterException(error.Error with { Path = path.ToList() });
    }
}

/// <summary>A filter the client sent that cannot be applied; carries the GraphQL error to report.</summary>
public sealed class FilterException : Exception
{
    public FilterException()
        : this(new GraphQLError("The filter is invalid."))
    {
    }

    public FilterException(string message)
        : this(new GraphQLError(message))
    {
    }

    public FilterException(string message, Exception innerException)
        : base(message, innerException) => Error = new GraphQLError(message);

    public FilterException(GraphQLError error)
        : base(error?.Message) => Error = error ?? throw new ArgumentNullException(nameof(error));

    public GraphQLError Error { get; }
}
