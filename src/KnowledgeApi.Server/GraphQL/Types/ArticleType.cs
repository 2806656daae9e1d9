using KnowledgeApi.GraphQL.Data.Relay;
using KnowledgeApi.GraphQL.Types;
using KnowledgeApi.Knowledge.Model;
using KnowledgeApi.Server.GraphQL.Resolvers;

namespace KnowledgeApi.Server.GraphQL.Types;

/// <summary>The <c>Article</c> type: one news article and everything found in it.</summary>
internal sealed class ArticleType : ObjectType<Article>
{
    protected override void Configure(IObjectTypeDescriptor<Article> descriptor)
    {
        descriptor.BindFieldsExplicitly()
            .Description("A news article as ingested: its text, who wrote and published it, and the people, organizations, events and quotations found in it.");
        descriptor.ImplementsNode(a => a.Id, NodeLoaders.ArticleAsync);
        descriptor.Field(a => a.Id).Description("The article's global ID, unique across the whole graph; `node(id:)` fetches it again.");
        descriptor.Field(a => a.Title).Description("The headline.");
        descriptor.Field(a => a.Subtitle).Description("The standfirst under the headline, when there is one.");
        descriptor.Field(a => a.Slug).Description("A readable, unique name made from the headline, usable in URLs and with `articleBySlug`.");
        descriptor.Field(a => a.PublishedOn).Description("The publication date. Only as precise as `publishedOnPrecision` says: a year-only date is the first of January.");
        descriptor.Field(a => a.PublishedOnPrecision).Description("How much of the publication date the source gave: a year, a month or a day.");
        descriptor.Field(a => a.Dateline).Description("The place of a wire dateline (\"WASHINGTON\"), when the article opened with one.");
        descriptor.Field(a => a.Body).Description("The cleaned article text, one string per paragraph, in order.");
        descriptor.Field(a => a.WordCount).Description("How many words the cleaned text has.");
        descriptor.Field(a => ArticleRelations.GetAuthorsAsync(a, default!, default!)).Description("The people named in the byline, in byline order.");
        descriptor.Field(a => ArticleRelations.GetPublisherAsync(a, default!, default!)).Description("The organization that published the article, when the source names it.");
        descriptor.Field(a => ArticleRelations.GetQuotationsAsync(a, default!, default!)).Description("The quotations found in the article, in reading order.");
        descriptor.Field(a => ArticleRelations.GetPeopleAsync(a, default!, default!)).Description("The people the article mentions, by name.");
        descriptor.Field(a => ArticleRelations.GetOrganizationsAsync(a, default!, default!)).Description("The organizations the article mentions, by name.");
        descriptor.Field(a => ArticleRelations.GetEventsAsync(a, default!, default!)).Description("The events the article mentions, by name.");
        descriptor.Field(a => ArticleRelations.GetMentionsAsync(a, default!, default!))
            .Description("Every entity the article mentions, once each, with how often and in which words; the most mentioned first.");
    }
}
