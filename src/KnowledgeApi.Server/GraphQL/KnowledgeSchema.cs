using KnowledgeApi.GraphQL.Types;
using KnowledgeApi.Server.GraphQL.Mutations;
using KnowledgeApi.Server.GraphQL.Types;

namespace KnowledgeApi.Server.GraphQL;

/// <summary>The knowledge graph's schema: its root and every type class, registered in one place.</summary>
internal static class KnowledgeSchema
{
    /// <param name="builder">The schema being built.</param>
    /// <param name="maxAllowedNodeBatchSize">How many ids one <c>nodes(ids:)</c> may ask for (HC's default: 10).</param>
    public static SchemaBuilder AddKnowledgeTypes(this SchemaBuilder builder, int maxAllowedNodeBatchSize = 10)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .AddQueryType(new QueryType(maxAllowedNodeBatchSize))
            .AddMutationType<Mutation>()
            .AddType<ArticleType>()
            .AddType<PersonType>()
            .AddType<OrganizationType>()
            .AddType<EventType>()
            .AddType<PlaceType>()
            .AddType<QuotationType>()
            .AddType<SpeakerType>()
            .AddType<EntityInterfaceType>()
            .AddType<UnnamedSpeakerType>()
            .AddType<MentionType>()
            .AddType<SearchResultType>()
            .AddType<DatePrecisionType>()
            .AddType<EntityKindType>();
    }
}
