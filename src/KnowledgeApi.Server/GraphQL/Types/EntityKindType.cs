using KnowledgeApi.GraphQL.Types;
using KnowledgeApi.Knowledge.Model;

namespace KnowledgeApi.Server.GraphQL.Types;

/// <summary>The <c>EntityType</c> enum (the kind column filters can test), described for the schema explorer.</summary>
internal sealed class EntityKindType : EnumType<EntityType>
{
    protected override void Configure(IEnumTypeDescriptor<EntityType> descriptor)
    {
        descriptor.Description("The kinds of named things the knowledge base stores.");
        descriptor.Value(EntityType.Person).Description("A named person.");
        descriptor.Value(EntityType.Organization).Description("An organization: newspaper, party, agency, company...");
        descriptor.Value(EntityType.Event).Description("Something that happened.");
        descriptor.Value(EntityType.Place).Description("A city, region or country.");
    }
}
