using System.Collections.Frozen;
using KnowledgeApi.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeApi.GraphQL.Data.DataLoader;

/// <summary>
/// Every registered DataLoader kind, collected once per application (a singleton), so a
/// request's <see cref="DataLoaderScope"/> finds a loader's factory with one dictionary lookup.
/// </summary>
public sealed class DataLoaderRegistry
{
    public DataLoaderRegistry(IEnumerable<DataLoaderRegistration> registrations)
    {
        ArgumentNullException.ThrowIfNull(registrations);

        // The last registration of a type wins, as with services in the container.
        var byType = new Dictionary<Type, DataLoaderRegistration>();
        foreach (var registration in registrations)
        {
            byType[registration.ServiceType] = registration;
        }

        Registrations = byType.ToFrozenDictionary();
    }

    public IReadOnlyDictionary<Type, DataLoaderRegistration> Registrations { get; }

    /// <summary>
    /// Creates a loader of type <paramref name="serviceType"/> for one request. A type nobody
    /// registered is still created when it is a concrete class: its constructor gets the
    /// request's scheduler and any services it names.
    /// </summary>
    public object Create(Type serviceType, IServiceProvider services, IBatchScheduler scheduler)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (Registrations.TryGetValue(serviceType, out var registration))
        {
            return registration.Create(services, scheduler);
        }

        if (serviceType.IsAbstract || serviceType.IsInterface)
        {
            throw new InvalidOperationException(
                $"No DataLoader is registered for {serviceType.Name}; call AddDataLoader<{serviceType.Name}, TImplementation>().");
        }

        return CreateInstance(serviceType, services, scheduler);
    }

    internal static object CreateInstance(Type implementationType, IServiceProvider services, IBatchScheduler scheduler) =>
        // The scheduler is not a service (the executor makes one per request), so it is passed in.
        ActivatorUtilities.CreateInstance(services, implementationType, scheduler);
}
