using KnowledgeApi.Knowledge;
using KnowledgeApi.Knowledge.Model;
using KnowledgeApi.Server.Tests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeApi.Server.Tests.Graph;

/// <summary>
/// Tops a seeded server up to 50 articles: 48 beside the two seeds, each quoting Donald Trump
/// twice, mentioning him twice and written by a seed author, so lists of 5 and of 50 parents exist.
/// </summary>
internal static class SyntheticArticles
{
    public const int Total = 50;

    public static async Task EnsureAsync(SeededServer server)
    {
        var factory = server.Services.GetRequiredService<IDbContextFactory<KnowledgeDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        if (await db.Articles.CountAsync() >= Total)
        {
            return;
        }

        var trump = await db.People.SingleAsync(p => p.Name == "Donald Trump");
        var author = await db.People.SingleAsync(p => p.Name == "Eric London");
        for (var i = 0; i < Total - 2; i++)
        {
            var article = new Article
            {
                Title = $"Synthetic article {i}",
                Slug = $"synthetic-article-{i}",
                SourceName = $"synthetic-{i}.txt",
                ContentHash = $"hash-{i}",
                Body = ["First paragraph.", "Second paragraph."],
            };
            article.Authorships.Add(new ArticleAuthor { Person = author, Position = 0 });
            article.Quotations.Add(new Quotation { Text = $"First words {i}", Speaker = trump, SpeakerName = trump.Name, ParagraphIndex = 0 });
            article.Quotations.Add(new Quotation { Text = $"Second words {i}", Speaker = trump, SpeakerName = trump.Name, ParagraphIndex = 1 });
            article.Mentions.Add(new Mention { Entity = trump, SurfaceForm = "Trump", ParagraphIndex = 0 });
            article.Mentions.Add(new Mention { Entity = trump, SurfaceForm = "the president", ParagraphIndex = 1 });
            db.Articles.Add(article);
        }

        await db.SaveChangesAsync();
    }
}
