using System.Net;
using KnowledgeApi.Server.Tests.Hosting;

namespace KnowledgeApi.Server.Tests.Limits;

/// <summary>
/// <c>GraphQL-Cost: report</c> on the real server for three README queries, against costs added up by
/// hand from Hot Chocolate 14's default weights as schema/schema.graphql shows them: async resolvers and
/// connection fields 10, totalCount 10, where/order arguments 10, filter operations 10, sort fields 10,
/// list and object fields 1, objects 1 (type cost), leaves 0; connections sized by first/last, else 10.
/// </summary>
public sealed class CostReportTests(SeededServer server) : IClassFixture<SeededServer>
{
    [Fact]
    public async Task The_newest_articles_with_authors_and_publisher()
    {
        // articles                         field 10, type ArticlesConnection 1
        //   order: [{ publishedOn: DESC }] argument 10 + sort field publishedOn 10           = 20
        //   totalCount                     field 10
        //   nodes (sized by first: 5)      field 1 + 5 × 21 = 106, type 5 × (Article 1 + 12) = 65
        //     authors (no first: 10)       field 10 + nodes (1 + 10 × 0) = 11, type AuthorsConnection 1 + 10 × Person 1 = 11
        //     publisher                    field 10 (async), type Organization 1
        //     title, publishedOn, name     0
        // field: 10 + 20 + 10 + 106 = 146;  type: Query 1 + 1 + 65 = 67
        var (status, body) = await CostHttp.PostAsync(server, """
            {
              articles(first: 5, order: [{ publishedOn: DESC }]) {
                totalCount
                nodes { title publishedOn authors { nodes { name } } publisher { name } }
              }
            }
            """, "report");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(CostHttp.HasErrors(body), body.ToString());
        Assert.Equal("""{"fieldCost":146,"typeCost":67}""", CostHttp.OperationCost(body));
    }

    [Fact]
    public async Task A_person_found_by_an_alias_with_their_quotations()
    {
        // people                                         field 10, type PeopleConnection 1
        //   where: { aliases: { some: { eq: "AMLO" } } } argument 10 + aliases 1 (an input object)
        //                                                 + some 10 + eq 10                          = 31
        //   nodes (no first: 10)                          field 1 + 10 × 22 = 221, type 10 × (Person 1 + 4) = 50
        //     aliases                                     field 1 (a list), type 0
        //     quotations(first: 3)                        field 10 + totalCount 10 + nodes (1 + 3 × 0) = 21,
        //                                                 type QuotationsConnection 1 + 3 × Quotation 1 = 4
        // field: 10 + 31 + 221 = 262;  type: Query 1 + 1 + 50 = 52
        var (status, body) = await CostHttp.PostAsync(server, """
            {
              people(where: { aliases: { some: { eq: "AMLO" } } }) {
                nodes { name aliases quotations(first: 3) { totalCount nodes { text verb } } }
              }
            }
            """, "report");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(CostHttp.HasErrors(body), body.ToString());
        Assert.Equal("Andrés Manuel López Obrador", body.GetProperty("data").GetProperty("people").GetProperty("nodes")[0].GetProperty("name").GetString());
        Assert.Equal("""{"fieldCost":262,"typeCost":52}""", CostHttp.OperationCost(body));
    }

    [Fact]
    public async Task Full_text_search_over_a_union()
    {
        // search(text:, first: 5)  field 10, type SearchResultConnection 1
        //   totalCount             field 10
        //   nodes (first: 5)       field 1 + 5 × 0, type 5 × SearchResult 1 (the union; every member's
        //                          selection costs 0, so the dearest member adds nothing)
        // field: 10 + 10 + 1 = 21;  type: Query 1 + 1 + 5 = 7
        var (status, body) = await CostHttp.PostAsync(server, """
            {
              search(text: "Lopez Obrador", first: 5) {
                totalCount
                nodes { __typename ... on Person { name } ... on Article { title } ... on Quotation { text } }
              }
            }
            """, "report");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(CostHttp.HasErrors(body), body.ToString());
        Assert.Equal("""{"fieldCost":21,"typeCost":7}""", CostHttp.OperationCost(body));
    }

    [Fact]
    public async Task Validate_answers_the_cost_without_touching_the_database()
    {
        var before = server.Statements.Statements.Count;

        var (status, body) = await CostHttp.PostAsync(server, "{ search(text: \"Lopez Obrador\", first: 5) { totalCount } }", "validate");

        // search 10 + totalCount 10; Query 1 + SearchResultConnection 1
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("""{"extensions":{"operationCost":{"fieldCost":20,"typeCost":2}}}""", body.GetRawText());
        Assert.Equal(before, server.Statements.Statements.Count);
    }
}
