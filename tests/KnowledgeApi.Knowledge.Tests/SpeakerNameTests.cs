using KnowledgeApi.Knowledge.Model;
using KnowledgeApi.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeApi.Knowledge.Tests;

public sealed class SpeakerNameTests
{
    [Fact]
    public async Task The_speaker_name_follows_the_speaker_entity_on_insert_and_on_rename()
    {
        using var database = await TemporaryDatabase.CreateMigratedAsync();
        await using (var context = database.CreateContext())
        {
            var speaker = new Person { Name = "Trump" };
            var article = new Article { Title = "t", Slug = "t", SourceName = "t.txt", ContentHash = new string('0', 64) };
            article.Quotations.Add(new Quotation { Text = "help", Speaker = speaker, ParagraphIndex = 0, StartOffset = 3, Length = 4 });
            article.Quotations.Add(new Quotation { Text = "other", SpeakerDescriptor = "a relative of the slain", ParagraphIndex = 1, StartOffset = 0, Length = 5 });
            context.Articles.Add(article);
            await context.SaveChangesAsync();
        }

        Assert.Equal("Trump", database.Scalar("SELECT SpeakerName FROM Quotations WHERE Text = 'help'"));

        await using (var context = database.CreateContext())
        {
            await context.People.ExecuteUpdateAsync(s => s.SetProperty(p => p.Name, "Donald Trump"));
        }

        Assert.Equal("Donald Trump", database.Scalar("SELECT SpeakerName FROM Quotations WHERE Text = 'help'"));
        Assert.Equal("a relative of the slain", database.Scalar("SELECT SpeakerName FROM Quotations WHERE Text = 'other'"));
    }
}
