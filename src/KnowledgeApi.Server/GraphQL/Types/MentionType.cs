using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.Server.GraphQL.Types;

/// <summary>The <c>Mention</c> type: one entity as one article mentions it.</summary>
internal sealed class MentionType : ObjectType<ArticleMention>
{
    protected override void Configure(IObjectTypeDescriptor<ArticleMention> descriptor)
    {
        descriptor.Name("Mention").BindFieldsExplicitly()
            .Description("An entity as one article mentions it: which entity, how many times, and in which words.");
        descriptor.Field(m => m.Entity).Type<NonNullType<EntityInterfaceType>>().Description("The person, organization, event or place mentioned.");
        descriptor.Field(m => m.Count).Description("How many times the article mentions the entity.");
        descriptor.Field(m => m.SurfaceForms).Description("The distinct words the article uses for the entity (\"AMLO\", \"the Mexican president\"), in order of first use.");
    }
}
