using KnowledgeApi.GraphQL.Execution.Persisted;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeApi.GraphQL.Execution;

/// <summary>Hot Chocolate's persisted-operation builder methods on <see cref="IRequestExecutorBuilder"/>.</summary>
public static class PersistedOperationBuilderExtensions
{
    /// <summary>Runs stored documents for requests that send an <c>id</c> instead of a <c>query</c>.</summary>
    public static IRequestExecutorBuilder UsePersistedOperationPipeline(this IRequestExecutorBuilder builder) =>
        builder.ModifyRequestOptions(o => o.PersistedOperations.Pipeline =
            o.PersistedOperations.Pipeline == PersistedOperationPipeline.Automatic ? PersistedOperationPipeline.Automatic : PersistedOperationPipeline.Persisted);

    /// <summary>Also answers automatic persisted queries (<c>extensions.persistedQuery</c>): lookups by hash, and registrations.</summary>
    public static IRequestExecutorBuilder UseAutomaticPersistedOperationPipeline(this IRequestExecutorBuilder builder) =>
        builder.ModifyRequestOptions(o => o.PersistedOperations.Pipeline = PersistedOperationPipeline.Automatic);

    /// <summary>Documents as <c>{id}.graphql</c> files in <paramref name="directory"/> (created on the first write).</summary>
    public static IRequestExecutorBuilder AddFileSystemOperationDocumentStorage(this IRequestExecutorBuilder builder, string directory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        builder.Services.RemoveAll<IOperationDocumentStorage>();
        builder.Services.AddSingleton<IOperationDocumentStorage>(new FileSystemOperationDocumentStorage(directory));
        return builder;
    }

    /// <summary>Documents kept in memory for the life of the process.</summary>
    public static IRequestExecutorBuilder AddInMemoryOperationDocumentStorage(this IRequestExecutorBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.RemoveAll<IOperationDocumentStorage>();
        builder.Services.AddSingleton<IOperationDocumentStorage, InMemoryOperationDocumentStorage>();
        return builder;
    }
}
