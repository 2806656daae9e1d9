using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.Server.GraphQL.Types;

/// <summary>The <c>UnnamedSpeaker</c> type.</summary>
internal sealed class UnnamedSpeakerType : ObjectType<UnnamedSpeaker>
{
    protected override void Configure(IObjectTypeDescriptor<UnnamedSpeaker> descriptor)
    {
        descriptor.BindFieldsExplicitly()
            .Implements<SpeakerType>()
            .Description("A speaker the article describes but does not name (\"a relative of the slain women and children\").");
        descriptor.Field(s => s.Name).Description("How the article describes the speaker.");
    }
}
