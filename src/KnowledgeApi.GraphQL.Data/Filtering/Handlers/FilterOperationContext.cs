using System.Linq.Expressions;
using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Data.Filtering;

/// <summary>What an operation handler gets: the member it filters, the operation's field and literal.</summary>
public sealed record FilterOperationContext(
    OperationFilterInputType FilterType,
    InputValue Field,
    IValueNode Literal,
    Expression Member,
    bool InMemory)
{
    /// <summary>The literal as the member's CLR type; null when the client sent null.</summary>
    public object? Value() => FilterValueParser.Parse(Field.Type, Literal, Member.Type);

    /// <summary>The literal as a non-null value; a null is the field error HC0026.</summary>
    public object RequiredValue() => Value() ?? throw NullNotSupported();

    /// <summary>The list literal's items as the member's CLR type; a null list is HC0026.</summary>
    public IReadOnlyList<object?> RequiredList() =>
        Literal is NullValueNode ? throw NullNotSupported() : FilterValueParser.ParseList(Field.Type, Literal, Member.Type);

    private FilterException NullNotSupported() => FilterErrors.NullNotSupported(Field.Name, FilterType, Field.Type);
}

/// <summary>Builds the predicate of one filter operation (<c>eq</c>, <c>contains</c>, <c>gt</c>...).</summary>
public interface IFilterOperationHandler
{
    /// <summary>The operation field it handles.</summary>
    string Operation { get; }

    Expression Build(FilterOperationContext context);
}
