using KnowledgeApi.Ingestion.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeApi.Ingestion.Tests.EndToEnd;

/// <summary>A later article naming a known person another way adds to that person's row.</summary>
public sealed class AliasResolutionTests
{
    [Fact]
    public async Task An_article_writing_Lopez_Obrador_without_accents_mentions_and_quotes_the_same_person()
    {
        var seeded = new SeededKnowledgeBase();
        await seeded.InitializeAsync();
        try
        {
            var folder = IngestionFixture.NewFolder();
            var path = Path.Combine(folder, "wire_lopez_obrador.txt");
            await File.WriteAllTextAsync(path, """
                # Mexico's president defends his security plan

                By Jane Roe (AP)

                March 3, 2021

                MEXICO CITY (AP) — Mexican President Lopez Obrador on Tuesday defended the deployment of the National Guard along the border.

                "The National Guard is there to protect migrants, not to chase them," Lopez Obrador said at his morning news conference.
                """);

            var result = await seeded.Pipeline.IngestFileAsync(path);

            Assert.True(result.Stored, result.Problem);
            await using var context = seeded.CreateContext();
            var people = await context.People.Where(p => p.Name.Contains("Obrador") || p.Aliases.Any(a => a.Contains("Obrador"))).ToListAsync();
            var amlo = Assert.Single(people);
            Assert.Equal("Andrés Manuel López Obrador", amlo.Name);
            Assert.Equal(
                3,
                await context.Mentions.Where(m => m.EntityId == amlo.Id).Select(m => m.ArticleId).Distinct().CountAsync());
            Assert.True(await context.Mentions.AnyAsync(m => m.ArticleId == result.ArticleId && m.EntityId == amlo.Id && m.SurfaceForm == "Lopez Obrador"));
            var quotation = await context.Quotations.SingleAsync(q => q.ArticleId == result.ArticleId && q.Text.StartsWith("The National Guard"));
            Assert.Equal(amlo.Id, quotation.SpeakerId);
        }
        finally
        {
            await seeded.DisposeAsync();
        }
    }
}
