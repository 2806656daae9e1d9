using KnowledgeApi.GraphQL.Types.Conventions;

namespace KnowledgeApi.GraphQL.Types;

/// <summary>Hot Chocolate's <c>AddMutationConventions()</c> and <c>AddQueryFieldToMutationPayloads()</c> on the schema builder.</summary>
public static class MutationConventionSchemaBuilderExtensions
{
    /// <summary>
    /// Rewrites mutation fields to <c>name(input: NameInput!): NamePayload!</c>, with an <c>errors</c>
    /// field when the resolver declares <c>[Error]</c>s. With <paramref name="applyToAllMutations"/>
    /// false only fields marked <c>[UseMutationConvention]</c> are rewritten.
    /// </summary>
    public static SchemaBuilder AddMutationConventions(this SchemaBuilder builder, bool applyToAllMutations = true)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddConvention(new MutationConvention(applyToAllMutations));
    }

    /// <summary>Adds <c>query: Query!</c> to every mutation field's result type whose name ends with <c>Payload</c>.</summary>
    public static SchemaBuilder AddQueryFieldToMutationPayloads(this SchemaBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddConvention(new QueryFieldOnPayloadsConvention());
    }
}
