using KnowledgeApi.GraphQL.Types;
using KnowledgeApi.Knowledge.Model;
using KnowledgeApi.Server.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeApi.Server.GraphQL.Resolvers;

/// <summary>Resolvers of the <c>Quotation</c> fields that follow a relation.</summary>
internal static class QuotationRelations
{
    [GraphQLDescription("The article the quotation appears in.")]
    public static Task<Article> GetArticleAsync([Parent] Quotation quotation, [Service] KnowledgeReader reader, CancellationToken cancellationToken) =>
        reader.Open().Articles.FirstAsync(a => a.Id == quotation.ArticleId, cancellationToken);

    [GraphQLDescription("Who said it: a person, an organization, or a speaker the article describes without naming; null when the article does not say.")]
    public static async Task<object?> GetSpeakerAsync([Parent] Quotation quotation, [Service] KnowledgeReader reader, CancellationToken cancellationToken)
    {
        if (quotation.SpeakerId is { } id)
        {
            return await reader.Open().Entities.FirstOrDefaultAsync(e => e.Id == id, cancellationToken).ConfigureAwait(false);
        }

        return quotation.SpeakerDescriptor is { Length: > 0 } descriptor ? new UnnamedSpeaker(descriptor) : null;
    }

    [GraphQLDescription("The speaker when it is a person; null otherwise. Filter on it to find what someone said.")]
    public static Task<Person?> GetSpeakerPersonAsync([Parent] Quotation quotation, [Service] KnowledgeReader reader, CancellationToken cancellationToken) =>
        quotation.SpeakerId is { } id
            ? reader.Open().People.FirstOrDefaultAsync(p => p.Id == id, cancellationToken)
            : Task.FromResult<Person?>(null);

    [GraphQLDescription("The speaker when it is an organization; null otherwise.")]
    public static Task<Organization?> GetSpeakerOrganizationAsync([Parent] Quotation quotation, [Service] KnowledgeReader reader, CancellationToken cancellationToken) =>
        quotation.SpeakerId is { } id
            ? reader.Open().Organizations.FirstOrDefaultAsync(o => o.Id == id, cancellationToken)
            : Task.FromResult<Organization?>(null);
}
