using KnowledgeApi.GraphQL.Execution;
using KnowledgeApi.GraphQL.Types;
using KnowledgeApi.Knowledge.Model;
using KnowledgeApi.Server.GraphQL.Types;

namespace KnowledgeApi.Server.GraphQL.Resolvers;

/// <summary>Resolvers of the <c>Quotation</c> fields that follow a relation.</summary>
internal static class QuotationRelations
{
    [GraphQLDescription("The article the quotation appears in.")]
    public static async Task<Article> GetArticleAsync([Parent] Quotation quotation, IResolverContext context, [Service] KnowledgeReader reader) =>
        await KnowledgeLoaders.ArticleById(context, reader).LoadAsync(quotation.ArticleId, context.RequestAborted).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Quotation {quotation.Id} points at a missing article.");

    [GraphQLDescription("Who said it: a person, an organization, or a speaker the article describes without naming; null when the article does not say.")]
    public static async Task<object?> GetSpeakerAsync([Parent] Quotation quotation, IResolverContext context, [Service] KnowledgeReader reader)
    {
        if (quotation.SpeakerId is not null)
        {
            return await SpeakerEntityAsync(quotation, context, reader).ConfigureAwait(false);
        }

        return quotation.SpeakerDescriptor is { Length: > 0 } descriptor ? new UnnamedSpeaker(descriptor) : null;
    }

    [GraphQLDescription("The speaker when it is a person; null otherwise. Filter on it to find what someone said.")]
    public static async Task<Person?> GetSpeakerPersonAsync([Parent] Quotation quotation, IResolverContext context, [Service] KnowledgeReader reader) =>
        await SpeakerEntityAsync(quotation, context, reader).ConfigureAwait(false) as Person;

    [GraphQLDescription("The speaker when it is an organization; null otherwise.")]
    public static async Task<Organization?> GetSpeakerOrganizationAsync([Parent] Quotation quotation, IResolverContext context, [Service] KnowledgeReader reader) =>
        await SpeakerEntityAsync(quotation, context, reader).ConfigureAwait(false) as Organization;

    /// <summary>The speaker entity: already joined in when the quotation came through a loader, else batched by id.</summary>
    private static async Task<Entity?> SpeakerEntityAsync(Quotation quotation, IResolverContext context, KnowledgeReader reader) =>
        quotation.Speaker ?? (quotation.SpeakerId is { } id
            ? await KnowledgeLoaders.EntityById(context, reader).LoadAsync(id, context.RequestAborted).ConfigureAwait(false)
            : null);
}
