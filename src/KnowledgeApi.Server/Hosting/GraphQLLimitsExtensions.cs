using KnowledgeApi.GraphQL.Data.Paging;
using KnowledgeApi.GraphQL.Execution;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace KnowledgeApi.Server.Hosting;

/// <summary>Applies <see cref="GraphQLLimitSettings"/> to the executor, the HTTP endpoint, Kestrel and the rate limiter.</summary>
internal static class GraphQLLimitsExtensions
{
    public static IRequestExecutorBuilder AddGraphQLLimits(this IRequestExecutorBuilder builder, IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var settings = GraphQLLimitSettings.From(configuration);
        builder.Services.AddSingleton(settings);
        builder.ModifyRequestOptions(o =>
        {
            o.EnableIntrospection = settings.EnableIntrospection;
            o.ExecutionTimeout = settings.ExecutionTimeout;
            o.PersistedOperations.OnlyAllowPersistedDocuments = settings.OnlyAllowPersisted;
        });

        builder.ModifyServerOptions(o => o.MaxRequestBodySize = settings.MaxRequestSize);
        builder.ModifyPagingOptions(o => o.MaxPageSize = settings.MaxPageSize);

        // Kestrel's own body limit (30 MB) would cut a larger configured limit short; ours decides.
        builder.Services.Configure<KestrelServerOptions>(kestrel =>
        {
            if (kestrel.Limits.MaxRequestBodySize < settings.MaxRequestSize)
            {
                kestrel.Limits.MaxRequestBodySize = settings.MaxRequestSize;
            }
        });

        // As in HC, stored documents are read only when a storage is configured: a folder of trusted
        // documents, or (APQ alone) documents clients registered, kept in memory.
        if (settings.PersistedOperationsDirectory is { } directory)
        {
            builder.AddFileSystemOperationDocumentStorage(Path.Combine(contentRoot, directory)).UsePersistedOperationPipeline();
        }
        else if (settings.AutomaticPersistedOperations)
        {
            builder.AddInMemoryOperationDocumentStorage();
        }

        if (settings.AutomaticPersistedOperations)
        {
            builder.UseAutomaticPersistedOperationPipeline();
        }

        builder.Services.AddGraphQLRateLimiting(o =>
        {
            o.PermitsPerWindow = settings.RateLimitPermitsPerWindow;
            o.Window = settings.RateLimitWindow;
        });
        return builder;
    }
}
