namespace KnowledgeApi.GraphQL.Execution;

/// <summary>
/// One GraphQL request as the transport read it. Variables and extensions are JSON-shaped CLR
/// values: <see cref="string"/>, <see cref="int"/>/<see cref="long"/>/<see cref="double"/>/<see cref="decimal"/>,
/// <see cref="bool"/>, null, <see cref="IReadOnlyList{T}"/> of object? and
/// <see cref="IReadOnlyDictionary{TKey, TValue}"/> of string to object?.
/// </summary>
public sealed record GraphQLRequest
{
    /// <summary>The document text; null when the request names a stored document by <see cref="DocumentId"/>.</summary>
    public string? Query { get; init; }

    /// <summary>The id (hash) of a persisted document.</summary>
    public string? DocumentId { get; init; }

    public string? OperationName { get; init; }

    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>Operation kinds this request may run (GET allows queries only); another kind is refused with <see cref="RequestErrorKind.OperationNotAllowed"/>.</summary>
    public AllowedOperations AllowedOperations { get; init; } = AllowedOperations.All;

    /// <summary>The request's service scope (resolvers' services, DataLoaders); the executor's root services when null.</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>Initial global state copied into every resolver's <see cref="IResolverContext.ContextData"/>.</summary>
    public IReadOnlyDictionary<string, object?>? ContextData { get; init; }
}

/// <summary>Operation kinds a request may run.</summary>
[Flags]
public enum AllowedOperations
{
    None = 0,
    Query = 1,
    Mutation = 2,
    Subscription = 4,
    All = Query | Mutation | Subscription,
}
