using System.Reflection;
using KnowledgeApi.GraphQL.Execution;

namespace KnowledgeApi.GraphQL.Data.Tests.DataLoader;

/// <summary>
/// A resolver context that only knows its request's services and batch scheduler (all a
/// DataLoader lookup reads), for tests that run loaders without the executor. Built as a proxy
/// so members the executor adds to the contract later do not break it; any other member throws.
/// </summary>
public class FakeResolverContext : DispatchProxy
{
    private IServiceProvider? _services;
    private IBatchScheduler? _scheduler;

    public static IResolverContext Create(IServiceProvider services, IBatchScheduler scheduler)
    {
        var context = DispatchProxy.Create<IResolverContext, FakeResolverContext>();
        var proxy = (FakeResolverContext)(object)context;
        proxy._services = services;
        proxy._scheduler = scheduler;
        return context;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) => targetMethod?.Name switch
    {
        "get_" + nameof(IResolverContext.Services) => _services,
        "get_" + nameof(IResolverContext.BatchScheduler) => _scheduler,
        "get_" + nameof(IResolverContext.RequestAborted) => CancellationToken.None,
        _ => throw new NotSupportedException($"The fake resolver context has no {targetMethod?.Name}."),
    };
}
