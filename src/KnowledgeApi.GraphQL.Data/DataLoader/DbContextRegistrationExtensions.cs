using KnowledgeApi.GraphQL.Execution;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeApi.GraphQL.Data.DataLoader;

/// <summary>
/// Gives every resolver that takes a DbContext parameter its own context,
/// rented from the pooled <c>IDbContextFactory</c>. Sibling fields resolve
/// concurrently and an EF context is not thread-safe, so one context per request would fail;
/// a context per resolver is cheap because the pool resets and reuses instances.
/// </summary>
public static class DbContextRegistrationExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TContext"/> as a transient service created by the pooled
    /// factory (register it first with <c>AddPooledDbContextFactory</c>). The request's service
    /// scope disposes each rented context when the request ends, which returns it to the pool —
    /// after paging has run the resolver's query.
    /// </summary>
    public static IRequestExecutorBuilder RegisterDbContextFactory<TContext>(this IRequestExecutorBuilder builder)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!builder.Services.Any(d => d.ServiceType == typeof(IDbContextFactory<TContext>)))
        {
            throw new InvalidOperationException(
                $"Resolvers need a {typeof(TContext).Name} each, rented from a pool: call AddPooledDbContextFactory<{typeof(TContext).Name}>() first " +
                "(AddDbContext gives one context per request, which concurrent sibling resolvers would share).");
        }

        // EF's pooled factory also registers the context per scope (one per request); that one
        // would be shared by concurrent siblings, so the per-resolver registration replaces it.
        builder.Services.RemoveAll<TContext>();
        builder.Services.AddTransient(sp => sp.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext());
        return builder;
    }
}
