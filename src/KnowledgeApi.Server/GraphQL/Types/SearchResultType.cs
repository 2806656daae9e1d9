using KnowledgeApi.GraphQL.Types;

namespace KnowledgeApi.Server.GraphQL.Types;

/// <summary>The <c>SearchResult</c> union: anything full-text search can find.</summary>
internal sealed class SearchResultType : UnionType
{
    protected override void Configure(IUnionTypeDescriptor descriptor) =>
        descriptor.Name("SearchResult")
            .Description("Something `search` found: an article, a person, an organization, an event or a quotation.")
            .Type<ArticleType>()
            .Type<PersonType>()
            .Type<OrganizationType>()
            .Type<EventType>()
            .Type<QuotationType>();
}
