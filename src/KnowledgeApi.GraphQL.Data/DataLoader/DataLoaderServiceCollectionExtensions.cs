using KnowledgeApi.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeApi.GraphQL.Data.DataLoader;

/// <summary>
/// Registers DataLoader kinds, as Hot Chocolate's <c>AddDataLoader</c> does. The loaders are not
/// container services themselves: each request creates its own (see <see cref="DataLoaderScope"/>),
/// because their constructor needs the request's batch scheduler, which only the executor has.
/// </summary>
public static class DataLoaderServiceCollectionExtensions
{
    public static IServiceCollection AddDataLoader<T>(this IServiceCollection services)
        where T : class, IDataLoader =>
        services.AddDataLoader<T, T>();

    /// <summary>Registers <typeparamref name="TImplementation"/> as the loader asked for as <typeparamref name="TService"/>.</summary>
    public static IServiceCollection AddDataLoader<TService, TImplementation>(this IServiceCollection services)
        where TService : class, IDataLoader
        where TImplementation : class, TService =>
        services.AddDataLoader<TService>((sp, scheduler) =>
            (TImplementation)DataLoaderRegistry.CreateInstance(typeof(TImplementation), sp, scheduler));

    public static IServiceCollection AddDataLoader<T>(this IServiceCollection services, Func<IServiceProvider, IBatchScheduler, T> create)
        where T : class, IDataLoader
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(create);
        services.TryAddSingleton<DataLoaderRegistry>();
        services.AddSingleton(new DataLoaderRegistration(typeof(T), create));
        return services;
    }

    public static IRequestExecutorBuilder AddDataLoader<T>(this IRequestExecutorBuilder builder)
        where T : class, IDataLoader
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddDataLoader<T>();
        return builder;
    }

    public static IRequestExecutorBuilder AddDataLoader<TService, TImplementation>(this IRequestExecutorBuilder builder)
        where TService : class, IDataLoader
        where TImplementation : class, TService
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddDataLoader<TService, TImplementation>();
        return builder;
    }

    public static IRequestExecutorBuilder AddDataLoader<T>(this IRequestExecutorBuilder builder, Func<IServiceProvider, IBatchScheduler, T> create)
        where T : class, IDataLoader
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddDataLoader(create);
        return builder;
    }
}
