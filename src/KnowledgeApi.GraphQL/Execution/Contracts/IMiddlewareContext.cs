namespace KnowledgeApi.GraphQL.Execution;

/// <summary>The context field middleware sees: the resolver context plus the value being produced.</summary>
public interface IMiddlewareContext : IResolverContext
{
    /// <summary>The field's value so far; set by the resolver step, rewritten by middleware on the way out.</summary>
    object? Result { get; set; }
}
