using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.Server.GraphQL.Types;

/// <summary>
/// The <c>Speaker</c> interface: whoever a quotation is credited to. Person, Organization and
/// UnnamedSpeaker implement it by declaring so; the knowledge model has no C# interface for it.
/// </summary>
internal sealed class SpeakerType : InterfaceType
{
    protected override void Configure(IInterfaceTypeDescriptor descriptor)
    {
        descriptor.Name("Speaker")
            .Description("Whoever a quotation is credited to: a person, an organization, or someone the article describes without naming.");
        descriptor.Field("name").Type<NonNullType<StringType>>()
            .Description("The speaker's name; for an unnamed speaker, the article's description of them.");
    }
}
