using KnowledgeApi.GraphQL.Errors;
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
    /// <summary>Set under global object identification: an <c>[ID]</c> member is compared with decoded global IDs.</summary>
    public IGlobalIdSerializer? GlobalIds { get; init; }

    /// <summary>How the member's global IDs decode when the host configured it as an ID rather than marking it <c>[ID]</c>.</summary>
    public IDAttribute? ConfiguredId { get; init; }

    /// <summary>The literal as the member's CLR type; null when the client sent null.</summary>
    public object? Value() => DecodeId(Literal) ?? FilterValueParser.Parse(Field.Type, Literal, Member.Type);

    /// <summary>The literal as a non-null value; a null is the field error HC0026.</summary>
    public object RequiredValue() => Value() ?? throw NullNotSupported();

    /// <summary>The list literal's items as the member's CLR type; a null list is HC0026.</summary>
    public IReadOnlyList<object?> RequiredList() =>
        Literal is NullValueNode ? throw NullNotSupported() : ParseList();

    private IReadOnlyList<object?> ParseList() => IdAttribute() is null
        ? FilterValueParser.ParseList(Field.Type, Literal, Member.Type)
        : Literal is ListValueNode list ? [.. list.Items.Select(item => DecodeId(item))] : [DecodeId(Literal)];

    /// <summary>The raw id inside a global ID literal on an <c>[ID]</c> member; null when decoding does not apply.</summary>
    private object? DecodeId(IValueNode literal)
    {
        if (IdAttribute() is not { } id || literal is NullValueNode)
        {
            return null;
        }

        if (literal is not StringValueNode text)
        {
            throw FilterErrors.InvalidValue($"The filter value {literal} is not a global ID.");
        }

        var target = Nullable.GetUnderlyingType(Member.Type) ?? Member.Type;
        return GlobalIds!.Parse(text.Value, id.TypeName, target);
    }

    private IDAttribute? IdAttribute()
    {
        if (GlobalIds is null || Field.Type.NamedType().Name != "ID")
        {
            return null;
        }

        return ConfiguredId ?? (Member is MemberExpression { Member: var member }
            ? member.GetCustomAttributes(typeof(IDAttribute), true).OfType<IDAttribute>().FirstOrDefault()
            : null);
    }

    private GraphQLException NullNotSupported() => FilterErrors.NullNotSupported(Field.Name, FilterType, Field.Type);
}

/// <summary>Builds the predicate of one filter operation (<c>eq</c>, <c>contains</c>, <c>gt</c>...).</summary>
public interface IFilterOperationHandler
{
    /// <summary>The operation field it handles.</summary>
    string Operation { get; }

    Expression Build(FilterOperationContext context);
}
