namespace KnowledgeApi.GraphQL.Execution;

/// <summary>
/// One step of a field's pipeline. The last step runs the resolver and stores its value in
/// <see cref="IMiddlewareContext.Result"/>; earlier steps (paging, filtering...) wrap it.
/// </summary>
public delegate ValueTask FieldDelegate(IMiddlewareContext context);

/// <summary>Wraps the rest of a field's pipeline, the way ASP.NET Core middleware wraps the next request delegate.</summary>
public delegate FieldDelegate FieldMiddleware(FieldDelegate next);

/// <summary>A compiled resolver: produces the field's raw value for one parent object.</summary>
public delegate ValueTask<object?> FieldResolverDelegate(IResolverContext context);

/// <summary>
/// A resolver that completes synchronously (a property read, a plain method). The executor may
/// call it directly and skip the <see cref="ValueTask"/> machinery on the hot path.
/// </summary>
public delegate object? PureFieldDelegate(IResolverContext context);
