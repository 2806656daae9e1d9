using KnowledgeApi.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeApi.GraphQL.Data.Paging;

/// <summary><c>ModifyPagingOptions(o =&gt; ...)</c>, Hot Chocolate 14's way to change paging defaults for every field.</summary>
public static class PagingRequestExecutorBuilderExtensions
{
    public static IRequestExecutorBuilder ModifyPagingOptions(this IRequestExecutorBuilder builder, Action<PagingOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);

        // One options instance per service collection, changed by every call in order; the paging attributes read it from the schema's services.
        if (builder.Services.FirstOrDefault(d => d.ServiceType == typeof(PagingOptions))?.ImplementationInstance is not PagingOptions options)
        {
            options = new PagingOptions();
            builder.Services.AddSingleton(options);
        }

        configure(options);
        return builder;
    }
}
