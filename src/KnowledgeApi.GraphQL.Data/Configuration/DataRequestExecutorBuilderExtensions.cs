using KnowledgeApi.GraphQL.Data.Filtering;
using KnowledgeApi.GraphQL.Data.Sorting;
using KnowledgeApi.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeApi.GraphQL.Data;

/// <summary>
/// Hot Chocolate's <c>AddFiltering()</c>, <c>AddSorting()</c> and <c>AddProjections()</c>: they
/// register the conventions the data attributes read while the schema is built. The attributes
/// fall back to the same defaults when a host did not call them, so a plain
/// <c>SchemaBuilder</c> in a test works too.
/// </summary>
public static class DataRequestExecutorBuilderExtensions
{
    public static IRequestExecutorBuilder AddFiltering(this IRequestExecutorBuilder builder, Action<FilteringOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new FilteringOptions();
        configure?.Invoke(options);
        builder.Services.TryAddSingleton(options);
        return builder;
    }

    public static IRequestExecutorBuilder AddSorting(this IRequestExecutorBuilder builder, Action<SortingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new SortingOptions();
        configure?.Invoke(options);
        builder.Services.TryAddSingleton(options);
        return builder;
    }

    /// <summary>Registers projection support; the projection middleware reads <see cref="ProjectionOptions"/>.</summary>
    public static IRequestExecutorBuilder AddProjections(this IRequestExecutorBuilder builder, Action<ProjectionOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new ProjectionOptions();
        configure?.Invoke(options);
        builder.Services.TryAddSingleton(options);
        return builder;
    }
}

/// <summary>Projection settings; a placeholder the projection middleware fills with its options.</summary>
public sealed class ProjectionOptions;
