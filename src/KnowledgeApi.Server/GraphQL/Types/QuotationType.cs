using KnowledgeApi.GraphQL.Data.Relay;
using KnowledgeApi.GraphQL.Types;
using KnowledgeApi.Knowledge.Model;
using KnowledgeApi.Server.GraphQL.Resolvers;

namespace KnowledgeApi.Server.GraphQL.Types;

/// <summary>The <c>Quotation</c> type: words an article reports someone said.</summary>
internal sealed class QuotationType : ObjectType<Quotation>
{
    protected override void Configure(IObjectTypeDescriptor<Quotation> descriptor)
    {
        descriptor.BindFieldsExplicitly()
            .Description("Words an article reports someone said, exactly as they stand between the quotation marks, with who said them.");
        descriptor.ImplementsNode(q => q.Id, NodeLoaders.QuotationAsync);
        descriptor.Field(q => q.Id).Description("The quotation's global ID, unique across the whole graph; `node(id:)` fetches it again.");
        descriptor.Field(q => q.Text).Description("The quoted words; a quotation that runs over several paragraphs has its parts joined by a line break.");
        descriptor.Field(q => q.Verb).Description("The reporting verb (\"said\", \"tweeted\"), when the article uses one.");
        descriptor.Field(q => q.IsFragment).Description("True for a few quoted words inside the writer's own sentence, rather than a full statement.");
        descriptor.Field(q => q.ParagraphIndex).Description("The paragraph of the article where the quotation starts, counting from 0; -1 for the headline.");
        descriptor.Field(q => q.SpeakerName).Description("The speaker's name, or the article's description of an unnamed speaker; null when nobody is credited. Exact and case-sensitive in filters.");
        descriptor.Field(q => QuotationRelations.GetSpeakerAsync(q, default!, default!)).Type<SpeakerType>()
            .Description("Who said it: a person, an organization, or a speaker the article describes without naming; null when the article does not say.");
        descriptor.Field(q => QuotationRelations.GetSpeakerPersonAsync(q, default!, default!)).Description("The speaker when it is a person, else null. Filter on it to find what someone said.");
        descriptor.Field(q => QuotationRelations.GetSpeakerOrganizationAsync(q, default!, default!)).Description("The speaker when it is an organization, else null.");
        descriptor.Field(q => QuotationRelations.GetArticleAsync(q, default!, default!)).Description("The article the quotation appears in.");
    }
}
