using System.Collections.Concurrent;
using KnowledgeApi.GraphQL.Execution;

namespace KnowledgeApi.GraphQL.Data.Relay;

/// <summary>
/// How each node type loads an object by its ID value, registered by <c>ImplementsNode</c> while
/// the type is configured. Keyed by the CLR type, which the executor maps to the GraphQL type.
/// </summary>
internal static class NodeResolvers
{
    private static readonly ConcurrentDictionary<Type, NodeResolver> ByClrType = new();

    public static void Register(Type clrType, NodeResolver resolver) => ByClrType[clrType] = resolver;

    public static NodeResolver? Find(Type? clrType) => clrType is null ? null : ByClrType.GetValueOrDefault(clrType);
}

/// <summary>The ID value type of a node and the function that loads one object by it.</summary>
internal sealed record NodeResolver(Type IdType, Func<IResolverContext, object, ValueTask<object?>> Load);
