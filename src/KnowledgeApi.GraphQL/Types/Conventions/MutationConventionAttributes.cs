using System.Runtime.CompilerServices;

namespace KnowledgeApi.GraphQL.Types;

/// <summary>
/// Applies Hot Chocolate's mutation convention to one mutation field (needed when
/// <c>AddMutationConventions(applyToAllMutations: false)</c>), or changes the names it generates.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UseMutationConventionAttribute : Attribute
{
    /// <summary>The input type's name instead of <c>{Mutation}Input</c>.</summary>
    public string? InputTypeName { get; set; }

    /// <summary>The payload type's name instead of <c>{Mutation}Payload</c>.</summary>
    public string? PayloadTypeName { get; set; }

    /// <summary>The payload field holding the result, instead of the camelCase name of the result's type.</summary>
    public string? PayloadFieldName { get; set; }

    /// <summary>Leaves this field as written even when the convention applies to all mutations.</summary>
    public bool Disable { get; set; }
}

/// <summary>
/// Maps an exception the mutation may throw to a typed error in its payload: the exception class
/// <c>FooException</c> becomes the object type <c>FooError</c> (<c>message</c> plus its own public
/// properties), a member of the union <c>{Mutation}Error</c> in the payload's <c>errors</c> field.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public class ErrorAttribute : Attribute
{
    public ErrorAttribute(Type errorType, [CallerLineNumber] int order = 0)
    {
        ErrorType = errorType ?? throw new ArgumentNullException(nameof(errorType));
        Order = order;
    }

    public Type ErrorType { get; }

    /// <summary>The attribute's line in the source: union members follow the order the attributes are written in (reflection keeps none).</summary>
    public int Order { get; }
}

/// <summary>The generic form of <see cref="ErrorAttribute"/>: <c>[Error&lt;ArticleNotFoundException&gt;]</c>.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class ErrorAttribute<TError> : ErrorAttribute
    where TError : Exception
{
    public ErrorAttribute([CallerLineNumber] int order = 0)
        : base(typeof(TError), order)
    {
    }
}
