using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using KnowledgeApi.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeApi.GraphQL.Data.DataLoader;

/// <summary>
/// The DataLoaders of one request: each kind is created once, on first use, so every resolver of
/// the request shares its cache and its batches, and the next request starts empty.
/// </summary>
public sealed class DataLoaderScope
{
    // A scope belongs to the request's batch scheduler, which the executor creates per request.
    // The request's service provider cannot be the owner: a request run without its own scope
    // resolves services from the root provider, where a "scoped" registry would live forever and
    // hand one request's cached values to the next.
    private static readonly ConditionalWeakTable<IBatchScheduler, DataLoaderScope> ScopesByScheduler = [];

    private readonly ConcurrentDictionary<(Type Type, string? Name), object> _loaders = new();
    private readonly IServiceProvider _services;
    // The executor's scheduler gathers whole waves and runs nested fetches at once (see Execution/README.md).
    private readonly IBatchScheduler _scheduler;
    private readonly DataLoaderRegistry _registry;

    public DataLoaderScope(IServiceProvider services, IBatchScheduler scheduler)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(scheduler);
        _services = services;
        _scheduler = scheduler;
        _registry = services.GetService<DataLoaderRegistry>() ?? new DataLoaderRegistry([]);
    }

    /// <summary>The scope of the request <paramref name="context"/> belongs to.</summary>
    public static DataLoaderScope Of(IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var scheduler = context.BatchScheduler;
        if (ScopesByScheduler.TryGetValue(scheduler, out var scope))
        {
            return scope;
        }

        // GetValue keeps one scope per scheduler even when sibling resolvers race here.
        var services = context.Services;
        return ScopesByScheduler.GetValue(scheduler, s => new DataLoaderScope(services, s));
    }

    /// <summary>The request's loader of type <typeparamref name="T"/>, created on first use.</summary>
    public T GetDataLoader<T>()
        where T : IDataLoader =>
        (T)_loaders.GetOrAdd((typeof(T), null), static (key, scope) => scope._registry.Create(key.Type, scope._services, scope._scheduler), this);

    /// <summary>
    /// The request's loader named <paramref name="name"/>, made by <paramref name="create"/> on
    /// first use: for loaders defined inline in a resolver, or one per set of paging arguments.
    /// </summary>
    public T GetOrCreate<T>(string name, Func<IServiceProvider, IBatchScheduler, T> create)
        where T : IDataLoader
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(create);
        return (T)_loaders.GetOrAdd((typeof(T), name), static (_, state) => state.create(state.scope._services, state.scope._scheduler), (scope: this, create));
    }
}
