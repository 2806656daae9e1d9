using KnowledgeApi.GraphQL.Errors;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Data.Filtering;

/// <summary>The field errors filtering reports, in Hot Chocolate's shape and codes.</summary>
public static class FilterErrors
{
    /// <summary>HC's code for a null given to a filter operation that cannot take one.</summary>
    public const string NullNotSupportedCode = "HC0026";

    /// <summary>A value the validated literal still cannot be used as (e.g. an out-of-range number for a short column).</summary>
    public static GraphQLException InvalidValue(string message) => new(new GraphQLError(message));

    /// <summary>
    /// <c>gt: null</c>, <c>contains: null</c>...: a field error with HC's extensions
    /// <c>expectedType</c> and <c>filterType</c>; the executor adds the field's path and location
    /// and resolves the field to null, as Hot Chocolate does.
    /// </summary>
    public static GraphQLException NullNotSupported(string operation, InputObjectType filterType, IType valueType)
    {
        ArgumentNullException.ThrowIfNull(filterType);
        ArgumentNullException.ThrowIfNull(valueType);
        var expected = valueType is NonNullType ? valueType : new NonNullType(valueType);
        var error = new GraphQLError($"The filter `{operation}` of {filterType.Name} cannot take null: give it a value, or leave `{operation}` out.")
            .WithCode(NullNotSupportedCode)
            .WithExtension("expectedType", expected.Print())
            .WithExtension("filterType", filterType.Name);
        return new GraphQLException(error);
    }
}
