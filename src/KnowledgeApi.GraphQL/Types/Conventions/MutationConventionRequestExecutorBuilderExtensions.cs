using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.GraphQL.Execution;

/// <summary>The mutation conventions next to the other builder methods of <c>services.AddGraphQL()</c>.</summary>
public static class MutationConventionRequestExecutorBuilderExtensions
{
    /// <inheritdoc cref="MutationConventionSchemaBuilderExtensions.AddMutationConventions"/>
    public static IRequestExecutorBuilder AddMutationConventions(this IRequestExecutorBuilder builder, bool applyToAllMutations = true)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.ConfigureSchema((_, schema) => schema.AddMutationConventions(applyToAllMutations));
    }

    /// <inheritdoc cref="MutationConventionSchemaBuilderExtensions.AddQueryFieldToMutationPayloads"/>
    public static IRequestExecutorBuilder AddQueryFieldToMutationPayloads(this IRequestExecutorBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.ConfigureSchema((_, schema) => schema.AddQueryFieldToMutationPayloads());
    }
}
