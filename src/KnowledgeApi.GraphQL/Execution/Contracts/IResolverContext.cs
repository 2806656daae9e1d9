using KnowledgeApi.GraphQL.Language;
using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Execution;

/// <summary>
/// What a resolver may see while it resolves one field for one parent object. The executor
/// implements it; compiled resolvers only call the members below, so the shape stays small.
/// </summary>
public interface IResolverContext
{
    /// <summary>The schema being executed.</summary>
    Schema Schema { get; }

    /// <summary>The object type that declares <see cref="Field"/> (for interface selections, the concrete type).</summary>
    ObjectType ObjectType { get; }

    /// <summary>The field being resolved.</summary>
    OutputField Field { get; }

    /// <summary>The selection in the request that asked for the field (its alias, arguments and sub-selections).</summary>
    FieldNode Selection { get; }

    /// <summary>Where the value will sit in the response.</summary>
    ResponsePath Path { get; }

    /// <summary>Signalled when the client went away or the request timed out.</summary>
    CancellationToken RequestAborted { get; }

    /// <summary>State shared by every resolver of the request (global state in Hot Chocolate's terms).</summary>
    IDictionary<string, object?> ContextData { get; }

    /// <summary>The request's batch scheduler, which DataLoaders use to fetch the keys of one wave together.</summary>
    IBatchScheduler BatchScheduler { get; }

    /// <summary>The request's service scope.</summary>
    IServiceProvider Services { get; }

    /// <summary>The parent value; for root fields, the instance of the root type's runtime class.</summary>
    T Parent<T>();

    /// <summary>The coerced value of an argument (its default when the request left it out), converted to <typeparamref name="T"/>.</summary>
    T ArgumentValue<T>(string name);

    /// <summary>The argument as written in the request, with variables already replaced by their values.</summary>
    TLiteral ArgumentLiteral<TLiteral>(string name)
        where TLiteral : IValueNode;

    /// <summary>A service from <see cref="Services"/>; throws when it is not registered.</summary>
    T Service<T>()
        where T : notnull;
}
