using System.Reflection;
using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Data.Filtering;

/// <summary>
/// The field middleware of <c>[UseFiltering]</c>: once the resolver (and the middleware inside this
/// one) produced the rows, it reads the <c>where</c> literal and adds a <c>Where</c>. An EF
/// <see cref="IQueryable{T}"/> stays a query, so the predicate runs in SQL; a plain sequence is
/// filtered in memory with null guards.
/// </summary>
public static class FilteringMiddleware
{
    private static readonly MethodInfo CreateTypedMethod =
        typeof(FilteringMiddleware).GetMethod(nameof(CreateTyped), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static FieldMiddleware Create(Type entityType, string argumentName, FilterInputType filterType)
    {
        ArgumentNullException.ThrowIfNull(entityType);
        return (FieldMiddleware)CreateTypedMethod.MakeGenericMethod(entityType).Invoke(null, [argumentName, filterType])!;
    }

    /// <summary>Applies <paramref name="literal"/> to <paramref name="source"/> (the middleware's work, callable without an executor).</summary>
    public static object? Apply<T>(object? source, FilterInputType filterType, IValueNode literal, IGlobalIdSerializer? globalIds = null)
    {
        switch (source)
        {
            case IQueryable<T> query:
                var inMemory = query.Provider is EnumerableQuery;
                return FilterVisitor.Build<T>(filterType, literal, inMemory, globalIds) is { } predicate ? query.Where(predicate) : query;
            case IEnumerable<T> sequence:
                return FilterVisitor.Build<T>(filterType, literal, inMemory: true, globalIds) is { } memoryPredicate
                    ? sequence.Where(memoryPredicate.Compile())
                    : sequence;
            default:
                return source;
        }
    }

    private static FieldMiddleware CreateTyped<T>(string argumentName, FilterInputType filterType) =>
        next => async context =>
        {
            await next(context).ConfigureAwait(false);
            var literal = context.ArgumentLiteral<IValueNode>(argumentName);
            if (literal is ObjectValueNode && context.Result is not null)
            {
                // A GraphQLException (HC0026...) propagates: the executor reports it at this field.
                context.Result = Apply<T>(context.Result, filterType, literal, context.Schema.Options.GlobalIdSerializer);
            }
        };
}
