using System.Text.Json;
using KnowledgeApi.Server.Tests.Hosting;

namespace KnowledgeApi.Server.Tests.Mutations;

/// <summary>Each mutation over HTTP with the writer's key: what it changes, and its typed errors in the payload.</summary>
public sealed class MutationTests(WritableServer server) : IClassFixture<WritableServer>
{
    private const string EntityFields = "entity { __typename id name aliases description ... on Person { confirmed } }";
    private const string ErrorFields = "errors { __typename ... on Error { message } }";
    private const string AliasErrorFields = "errors { __typename ... on Error { message } ... on AliasAlreadyUsedError { alias usedBy } }";

    private static string Article(string title, string author, string paragraph) => $"""
        # {title}

        {author}

        12 March 2024

        {paragraph}
        """;

    /// <summary>The mutation's payload, after asserting the request had no top-level error.</summary>
    private async Task<JsonElement> WriteAsync(string mutation, string field, object input)
    {
        var answer = await server.ExecuteAsync(mutation, new { input }, WritableServer.WriterKey);
        return answer.DataWithoutErrors().GetProperty(field);
    }

    private async Task<JsonElement> IngestAsync(string text, string sourceName) => await WriteAsync(
        $"mutation($input: IngestArticleInput!) {{ ingestArticle(input: $input) {{ article {{ id title slug authors {{ nodes {{ id name }} }} quotations {{ nodes {{ text }} }} }} {ErrorFields} query {{ __typename }} }} }}",
        "ingestArticle",
        new { text, sourceName });

    /// <summary>A new person made by posting an article they wrote; returns their global ID.</summary>
    private async Task<string> NewAuthorAsync(string name)
    {
        var payload = await IngestAsync(Article($"An article by {name}", name, $"{name} wrote this short report about the weather in Lisbon."), $"{name.Replace(' ', '-')}.md");
        return payload.GetProperty("article").GetProperty("authors").GetProperty("nodes")[0].GetProperty("id").GetString()!;
    }

    private static void AssertTypedError(JsonElement payload, string resultField, string errorType)
    {
        Assert.Equal(JsonValueKind.Null, payload.GetProperty(resultField).ValueKind);
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal(errorType, error.GetProperty("__typename").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task IngestArticle_stores_the_posted_text_and_posting_it_again_returns_the_same_article()
    {
        var text = Article("Dockworkers strike in Rotterdam", "Petra Vink", "Dockworkers walked out on Monday. “We will not load another ship until the contract is signed,” said Petra Vink.");

        var first = await IngestAsync(text, "rotterdam-strike.md");
        var again = await IngestAsync(text, "rotterdam-strike.md");

        var article = first.GetProperty("article");
        Assert.Equal("Dockworkers strike in Rotterdam", article.GetProperty("title").GetString());
        Assert.Equal("dockworkers-strike-in-rotterdam", article.GetProperty("slug").GetString());
        Assert.Equal(["Petra Vink"], article.GetProperty("authors").GetProperty("nodes").Strings("name"));
        Assert.Contains("We will not load another ship until the contract is signed,", article.GetProperty("quotations").GetProperty("nodes").Strings("text"));
        Assert.Equal(JsonValueKind.Null, first.GetProperty("errors").ValueKind);
        Assert.Equal("Query", first.GetProperty("query").GetProperty("__typename").GetString());
        Assert.Equal(article.GetProperty("id").GetString(), again.GetProperty("article").GetProperty("id").GetString());
        Assert.Equal(1L, server.Scalar("SELECT COUNT(*) FROM \"Articles\" WHERE \"SourceName\" = 'rotterdam-strike.md'"));
    }

    [Theory]
    [InlineData("", "empty.md", "ArticleTextEmptyError")]
    [InlineData("# Only a headline", "headline.md", "ArticleTextEmptyError")]
    [InlineData("# A title\n\nA paragraph with a \u0000 in it.", "nul.md", "ArticleTextInvalidError")]
    [InlineData("# A title\n\nA paragraph.", "../escape.md", "SourceNameInvalidError")]
    public async Task IngestArticle_reports_unusable_input_as_a_typed_error_and_stores_nothing(string text, string sourceName, string errorType)
    {
        var articles = server.Scalar("SELECT COUNT(*) FROM \"Articles\"");

        AssertTypedError(await IngestAsync(text, sourceName), "article", errorType);

        Assert.Equal(articles, server.Scalar("SELECT COUNT(*) FROM \"Articles\""));
    }

    [Fact]
    public async Task UpdateEntity_renames_keeping_the_old_name_as_an_alias()
    {
        var id = await NewAuthorAsync("Ines Duarte");

        var payload = await WriteAsync(
            $"mutation($input: UpdateEntityInput!) {{ updateEntity(input: $input) {{ {EntityFields} {AliasErrorFields} }} }}",
            "updateEntity",
            new { id, name = "Inês Duarte Silva", description = "Weather reporter" });

        var entity = payload.GetProperty("entity");
        Assert.Equal("Person", entity.GetProperty("__typename").GetString());
        Assert.Equal(id, entity.GetProperty("id").GetString());
        Assert.Equal("Inês Duarte Silva", entity.GetProperty("name").GetString());
        Assert.Contains("Ines Duarte", entity.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("Weather reporter", entity.GetProperty("description").GetString());
        var read = await server.ExecuteAsync("query($id: ID!) { person(id: $id) { name } }", new { id }, null);
        Assert.Equal("Inês Duarte Silva", read.DataWithoutErrors().GetProperty("person").GetProperty("name").GetString());
    }

    [Fact]
    public async Task UpdateEntity_of_a_missing_entity_and_with_a_taken_name_are_typed_errors()
    {
        var id = await NewAuthorAsync("Oskar Lind");
        await NewAuthorAsync("Oskar Lindqvist");
        const string mutation = $"mutation($input: UpdateEntityInput!) {{ updateEntity(input: $input) {{ {EntityFields} {AliasErrorFields} }} }}";

        // A well-formed global ID of a person that does not exist.
        var missing = Convert.ToBase64String("Person:987654"u8.ToArray());
        AssertTypedError(await WriteAsync(mutation, "updateEntity", new { id = missing, name = "X" }), "entity", "EntityNotFoundError");

        var taken = await WriteAsync(mutation, "updateEntity", new { id, name = "OSKAR LINDQVIST" });
        AssertTypedError(taken, "entity", "AliasAlreadyUsedError");
        Assert.Equal("Oskar Lindqvist", taken.GetProperty("errors")[0].GetProperty("usedBy").GetString());
        AssertTypedError(await WriteAsync(mutation, "updateEntity", new { id, name = "  " }), "entity", "EntityValueInvalidError");
    }

    [Fact]
    public async Task An_article_id_where_an_entity_id_belongs_is_a_field_error_and_changes_nothing()
    {
        var article = await server.IdOfAsync("{ articles(first: 1) { nodes { id } } }");
        var before = TableChecksum.Of(server.DatabasePath);

        var answer = await server.ExecuteAsync(
            "mutation($input: ConfirmEntityInput!) { confirmEntity(input: $input) { entity { id } } }", new { input = new { id = article } }, WritableServer.WriterKey);

        var error = Assert.Single(answer.GetProperty("errors").EnumerateArray());
        Assert.Equal("Article", error.GetProperty("extensions").GetProperty("actualType").GetString());
        Assert.Equal("confirmEntity", error.GetProperty("path")[0].GetString());
        Assert.Equal(before.Hash, TableChecksum.Of(server.DatabasePath).Hash);
    }

    [Fact]
    public async Task AddAlias_adds_the_name_once_and_refuses_one_that_names_another_person()
    {
        var id = await NewAuthorAsync("Tomasz Wolny");
        await NewAuthorAsync("Tomek Wolny");
        const string mutation = $"mutation($input: AddAliasInput!) {{ addAlias(input: $input) {{ {EntityFields} {AliasErrorFields} }} }}";

        await WriteAsync(mutation, "addAlias", new { entityId = id, alias = "T. Wolny" });
        var payload = await WriteAsync(mutation, "addAlias", new { entityId = id, alias = "T. Wolny" });

        Assert.Equal(1, payload.GetProperty("entity").GetProperty("aliases").EnumerateArray().Count(a => a.GetString() == "T. Wolny"));
        AssertTypedError(await WriteAsync(mutation, "addAlias", new { entityId = id, alias = "tomek  wolny" }), "entity", "AliasAlreadyUsedError");
    }

    [Fact]
    public async Task ConfirmEntity_marks_the_entity_curated_and_a_missing_one_is_a_typed_error()
    {
        var id = await NewAuthorAsync("Aiko Tanaka");
        const string mutation = $"mutation($input: ConfirmEntityInput!) {{ confirmEntity(input: $input) {{ {EntityFields} {ErrorFields} }} }}";

        var payload = await WriteAsync(mutation, "confirmEntity", new { id });

        Assert.True(payload.GetProperty("entity").GetProperty("confirmed").GetBoolean());
        AssertTypedError(await WriteAsync(mutation, "confirmEntity", new { id = Convert.ToBase64String("Person:987655"u8.ToArray()) }), "entity", "EntityNotFoundError");
    }

    [Fact]
    public async Task MergeEntities_folds_the_duplicate_in_and_leaves_no_dangling_mention_or_quotation()
    {
        var canonical = await NewAuthorAsync("Lucia Ferreira");
        var text = Article("Harbour fees rise", "L. Ferreira", "Fees rose again. “This cannot go on,” said L. Ferreira, who met Lucia Ferreira later.");
        var duplicate = (await IngestAsync(text, "harbour-fees.md")).GetProperty("article").GetProperty("authors").GetProperty("nodes")[0].GetProperty("id").GetString()!;
        Assert.NotEqual(canonical, duplicate);

        var payload = await WriteAsync(
            $"mutation($input: MergeEntitiesInput!) {{ mergeEntities(input: $input) {{ {EntityFields} {ErrorFields} }} }}",
            "mergeEntities",
            new { canonicalId = canonical, duplicateId = duplicate });

        var entity = payload.GetProperty("entity");
        Assert.Equal(canonical, entity.GetProperty("id").GetString());
        Assert.Contains("L. Ferreira", entity.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        var read = await server.ExecuteAsync("query($id: ID!) { node(id: $id) { id } person: node(id: $id) { ... on Person { articlesWritten { totalCount } } } }", new { id = duplicate }, null);
        Assert.Equal(JsonValueKind.Null, read.DataWithoutErrors().GetProperty("node").ValueKind);
        var written = await server.ExecuteAsync("query($id: ID!) { person(id: $id) { articlesWritten { totalCount } } }", new { id = canonical }, null);
        Assert.Equal(2, written.DataWithoutErrors().GetProperty("person").GetProperty("articlesWritten").GetProperty("totalCount").GetInt32());
        Assert.Equal(0L, server.Scalar(DanglingReferencesSql));
    }

    [Fact]
    public async Task MergeEntities_refuses_an_entity_with_itself_and_entities_of_two_types()
    {
        var person = await NewAuthorAsync("Hugo Brandt");
        var organization = await server.IdOfAsync("{ organizations(first: 1) { nodes { id } } }");
        const string mutation = $"mutation($input: MergeEntitiesInput!) {{ mergeEntities(input: $input) {{ {EntityFields} {ErrorFields} }} }}";

        AssertTypedError(await WriteAsync(mutation, "mergeEntities", new { canonicalId = person, duplicateId = person }), "entity", "CannotMergeEntityWithItselfError");
        AssertTypedError(await WriteAsync(mutation, "mergeEntities", new { canonicalId = person, duplicateId = organization }), "entity", "EntityTypesDifferError");
    }

    [Fact]
    public async Task DeleteArticle_removes_the_article_and_its_quotations_and_a_second_delete_is_a_typed_error()
    {
        var text = Article("Ferry timetable changes", "Nora Berg", "The ferry leaves earlier. “Passengers should check the new times,” said Nora Berg.");
        var id = (await IngestAsync(text, "ferry.md")).GetProperty("article").GetProperty("id").GetString()!;
        const string mutation = $"mutation($input: DeleteArticleInput!) {{ deleteArticle(input: $input) {{ article {{ id title }} {ErrorFields} }} }}";

        var payload = await WriteAsync(mutation, "deleteArticle", new { id });

        Assert.Equal("Ferry timetable changes", payload.GetProperty("article").GetProperty("title").GetString());
        Assert.Equal(0L, server.Scalar("SELECT COUNT(*) FROM \"Articles\" WHERE \"SourceName\" = 'ferry.md'"));
        Assert.Equal(0L, server.Scalar("SELECT COUNT(*) FROM \"Quotations\" WHERE \"Text\" LIKE 'Passengers should check%'"));
        Assert.Equal(1L, server.Scalar("SELECT COUNT(*) FROM \"Entities\" WHERE \"Name\" = 'Nora Berg'"));
        AssertTypedError(await WriteAsync(mutation, "deleteArticle", new { id }), "article", "ArticleNotFoundError");
    }

    /// <summary>Rows pointing at an entity or article that does not exist.</summary>
    internal const string DanglingReferencesSql = """
        SELECT (SELECT COUNT(*) FROM "Mentions" WHERE "EntityId" NOT IN (SELECT "Id" FROM "Entities") OR "ArticleId" NOT IN (SELECT "Id" FROM "Articles"))
             + (SELECT COUNT(*) FROM "Quotations" WHERE ("SpeakerId" IS NOT NULL AND "SpeakerId" NOT IN (SELECT "Id" FROM "Entities")) OR "ArticleId" NOT IN (SELECT "Id" FROM "Articles"))
             + (SELECT COUNT(*) FROM "EntityLinks" WHERE "FromId" NOT IN (SELECT "Id" FROM "Entities") OR "ToId" NOT IN (SELECT "Id" FROM "Entities"))
             + (SELECT COUNT(*) FROM "EntityKeys" WHERE "EntityId" NOT IN (SELECT "Id" FROM "Entities"))
             + (SELECT COUNT(*) FROM "ArticleAuthors" WHERE "PersonId" NOT IN (SELECT "Id" FROM "Entities"))
        """;
}
