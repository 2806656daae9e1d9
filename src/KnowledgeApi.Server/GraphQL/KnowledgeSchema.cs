using KnowledgeApi.GraphQL.Types;
using KnowledgeApi.Server.GraphQL.Mutations;
using KnowledgeApi.Server.GraphQL.Types;

namespace KnowledgeApi.Server.GraphQL;

/// <summary>The knowledge graph's schema: its root and every type class, registered in one place.</summary>
internal static class KnowledgeSchema
{
    public static SchemaBuilder AddKnowledgeTypes(this SchemaBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .AddQueryType<QueryType>()
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
