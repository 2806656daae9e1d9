using KnowledgeApi.Knowledge.Model;
using KnowledgeApi.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeApi.Knowledge.Tests;

public sealed class ConstraintTests
{
    private static Article NewArticle(string slug, string sourceName) => new()
    {
        Title = "A title",
        Slug = slug,
        SourceName = sourceName,
        ContentHash = new string('a', 64),
        Body = ["One paragraph."],
        WordCount = 2,
    };

    [Fact]
    public async Task Two_articles_cannot_share_a_slug()
    {
        using var database = await TemporaryDatabase.CreateMigratedAsync();
        await using var context = database.CreateContext();
        context.Articles.AddRange(NewArticle("same", "a.txt"), NewArticle("same", "b.txt"));

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());
        Assert.Contains("Articles.Slug", error.InnerException!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_articles_cannot_share_a_source_name()
    {
        using var database = await TemporaryDatabase.CreateMigratedAsync();
        await using var context = database.CreateContext();
        context.Articles.AddRange(NewArticle("one", "a.txt"), NewArticle("two", "a.txt"));

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());
        Assert.Contains("Articles.SourceName", error.InnerException!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_normalized_key_belongs_to_one_entity_per_type_but_may_repeat_across_types()
    {
        using var database = await TemporaryDatabase.CreateMigratedAsync();
        await using (var context = database.CreateContext())
        {
            var person = new Person { Name = "Mexico" };
            var place = new Place { Name = "Mexico" };
            person.Keys.Add(new EntityKey { EntityType = EntityType.Person, Value = "mexico" });
            place.Keys.Add(new EntityKey { EntityType = EntityType.Place, Value = "mexico" });
            context.Entities.AddRange(person, place);
            await context.SaveChangesAsync();
        }

        await using (var context = database.CreateContext())
        {
            var other = new Place { Name = "México" };
            other.Keys.Add(new EntityKey { EntityType = EntityType.Place, Value = "mexico" });
            context.Places.Add(other);

            await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());
        }
    }

    [Fact]
    public async Task A_mention_position_is_stored_once()
    {
        using var database = await TemporaryDatabase.CreateMigratedAsync();
        await using var context = database.CreateContext();
        var article = NewArticle("one", "a.txt");
        var person = new Person { Name = "Donald Trump" };
        article.Mentions.Add(new Mention { Entity = person, ParagraphIndex = 0, StartOffset = 0, Length = 5, SurfaceForm = "Trump" });
        article.Mentions.Add(new Mention { Entity = person, ParagraphIndex = 0, StartOffset = 0, Length = 5, SurfaceForm = "Trump" });
        context.Articles.Add(article);

        await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());
    }

    [Fact]
    public async Task Deleting_an_article_removes_its_mentions_quotations_links_and_bylines_but_not_entities()
    {
        using var database = await TemporaryDatabase.CreateMigratedAsync();
        await using (var context = database.CreateContext())
        {
            var article = NewArticle("one", "a.txt");
            var author = new Person { Name = "Eric London" };
            var party = new Organization { Name = "Morena" };
            article.Authorships.Add(new ArticleAuthor { Person = author, Position = 0 });
            article.Mentions.Add(new Mention { Entity = party, ParagraphIndex = 0, StartOffset = 0, Length = 6, SurfaceForm = "Morena" });
            article.Quotations.Add(new Quotation { Text = "words", Speaker = party, ParagraphIndex = 0, StartOffset = 1, Length = 5 });
            article.Links.Add(new EntityLink { From = author, To = party, Relation = "criticizes" });
            context.Articles.Add(article);
            await context.SaveChangesAsync();
        }

        await using (var context = database.CreateContext())
        {
            await context.Articles.ExecuteDeleteAsync();
        }

        foreach (var table in new[] { "Mentions", "Quotations", "EntityLinks", "ArticleAuthors" })
        {
            Assert.Equal(0L, database.Scalar($"SELECT count(*) FROM {table}"));
        }

        Assert.Equal(2L, database.Scalar("SELECT count(*) FROM Entities"));
    }

    [Fact]
    public async Task Names_compare_ordinally_and_case_sensitively()
    {
        using var database = await TemporaryDatabase.CreateMigratedAsync();
        await using var context = database.CreateContext();
        context.People.AddRange(new Person { Name = "Andrés Manuel López Obrador" }, new Person { Name = "andrés" });
        await context.SaveChangesAsync();

        Assert.Equal(0, await context.People.CountAsync(p => p.Name == "andres manuel lopez obrador"));
        Assert.Equal(["Andrés Manuel López Obrador", "andrés"], await context.People.OrderBy(p => p.Name).Select(p => p.Name).ToListAsync());
    }
}
