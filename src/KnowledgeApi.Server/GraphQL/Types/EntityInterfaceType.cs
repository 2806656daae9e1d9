using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.Server.GraphQL.Types;

/// <summary>
/// The <c>Entity</c> interface: what people, organizations, events and places have in common,
/// so a mention can point at any of them.
/// </summary>
internal sealed class EntityInterfaceType : InterfaceType
{
    protected override void Configure(IInterfaceTypeDescriptor descriptor)
    {
        descriptor.Name("Entity")
            .Description("Something articles mention by name: a person, an organization, an event or a place.");
        descriptor.Field("id").Type<NonNullType<IdType>>().Description("The entity's unique identifier.");
        descriptor.Field("name").Type<NonNullType<StringType>>().Description("The canonical name.");
        descriptor.Field("aliases").Type<NonNullType<ListType<NonNullType<StringType>>>>().Description("Other names the articles use for it.");
        descriptor.Field("description").Type<StringType>().Description("A short description, when known.");
    }
}
