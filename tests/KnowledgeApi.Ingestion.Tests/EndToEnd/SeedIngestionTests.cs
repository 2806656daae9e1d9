using KnowledgeApi.Ingestion.Extraction;
using KnowledgeApi.Ingestion.Tests.Support;
using KnowledgeApi.Knowledge;
using KnowledgeApi.Knowledge.Model;
using KnowledgeApi.Knowledge.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeApi.Ingestion.Tests.EndToEnd;

/// <summary>The seeds ingested end to end: what extraction found is what the database holds.</summary>
public sealed class SeedIngestionTests(SeededKnowledgeBase seeded) : IClassFixture<SeededKnowledgeBase>
{
    [Fact]
    public void The_composition_extracts_with_the_real_extractor_and_stores_both_seeds()
    {
        Assert.IsType<ArticleExtractor>(seeded.Services.GetRequiredService<IArticleExtractor>());
        Assert.Equal((2, 0), (seeded.FirstRun.Added, seeded.FirstRun.Skipped));
    }

    [Fact]
    public async Task Donald_Trump_is_one_person_quoted_in_both_seed_articles()
    {
        await using var context = seeded.CreateContext();

        var trump = await context.People.SingleAsync(p => p.Name == "Donald Trump");
        var quoted = await context.Quotations.Where(q => q.SpeakerId == trump.Id)
            .Select(q => new { q.Article.SourceName, q.Text, q.SpeakerName }).ToListAsync();

        Assert.True(trump.Confirmed);
        Assert.Equal(SeededKnowledgeBase.SeedNames, quoted.Select(q => q.SourceName).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(quoted, q => q.Text.StartsWith("This is the time for Mexico", StringComparison.Ordinal));
        Assert.Contains(quoted, q => q.Text.StartsWith("I want to thank the great President of Mexico", StringComparison.Ordinal));
        Assert.All(quoted, q => Assert.Equal("Donald Trump", q.SpeakerName));
    }

    [Fact]
    public async Task AMLO_Lopez_Obrador_and_his_full_name_are_one_person_with_aliases_quoted_in_both_articles()
    {
        await using var context = seeded.CreateContext();
        string[] names = ["AMLO", "López Obrador", "Andrés Manuel López Obrador", "Lopez Obrador"];

        var people = await context.People.Where(p => names.Contains(p.Name) || p.Aliases.Any(a => names.Contains(a))).ToListAsync();

        var amlo = Assert.Single(people);
        Assert.Equal("Andrés Manuel López Obrador", amlo.Name);
        Assert.Subset(amlo.Aliases.ToHashSet(), new HashSet<string> { "AMLO", "López Obrador", "Lopez Obrador" });
        var forms = await context.Mentions.Where(m => names.Contains(m.SurfaceForm)).Select(m => new { m.SurfaceForm, m.EntityId, m.Article.SourceName }).ToListAsync();
        Assert.All(forms, m => Assert.Equal(amlo.Id, m.EntityId));
        Assert.Equal(SeededKnowledgeBase.SeedNames, forms.Where(m => m.SurfaceForm == "AMLO").Select(m => m.SourceName).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(forms, m => m.SurfaceForm == "Andrés Manuel López Obrador");
        Assert.Equal(
            SeededKnowledgeBase.SeedNames,
            await context.Quotations.Where(q => q.SpeakerId == amlo.Id).Select(q => q.Article.SourceName).Distinct().OrderBy(n => n).ToListAsync());
    }

    [Theory]
    [InlineData("000_bd5966101cee13de.txt")]
    [InlineData("004_4e837f471b77d24d.txt")]
    public async Task Quotations_are_stored_as_extraction_found_them_with_speakers_positions_and_parts(string seed)
    {
        var (_, extracted) = await seeded.ExtractAsync(seed);
        await using var context = seeded.CreateContext();

        var stored = await context.Quotations.Where(q => q.Article.SourceName == seed).ToListAsync();

        var expected = extracted.Quotations
            .Select(q => (q.Text, q.Span.Paragraph, q.Span.Start, q.Span.Length, q.IsFragment, q.Verb, Speaker: SpeakerName(extracted, q), Parts: Describe(q.Parts.Select(p => (p.Paragraph, p.Start, p.Length)))))
            .Order()
            .ToList();
        var actual = stored
            .Select(q => (q.Text, q.ParagraphIndex, q.StartOffset, q.Length, q.IsFragment, q.Verb, Speaker: q.SpeakerName, Parts: Describe(q.Parts.Select(p => (p.ParagraphIndex, p.StartOffset, p.Length)))))
            .Order()
            .ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("000_bd5966101cee13de.txt")]
    [InlineData("004_4e837f471b77d24d.txt")]
    public async Task Mentions_and_links_are_stored_as_extraction_found_them(string seed)
    {
        var (_, extracted) = await seeded.ExtractAsync(seed);
        await using var context = seeded.CreateContext();
        var names = extracted.Entities.ToDictionary(e => e.Key, e => e.Name);

        var mentions = await context.Mentions.Where(m => m.Article.SourceName == seed)
            .Select(m => new { m.ParagraphIndex, m.StartOffset, m.Length, m.SurfaceForm, m.Entity.Name }).ToListAsync();
        var links = await context.EntityLinks.Where(l => l.Article!.SourceName == seed)
            .Select(l => new { From = l.From.Name, l.Relation, To = l.To.Name }).ToListAsync();

        Assert.Equal(
            extracted.Mentions.Select(m => (m.Span.Paragraph, m.Span.Start, m.Span.Length, m.SurfaceForm, names[m.EntityKey])).Distinct().Order(),
            mentions.Select(m => (m.ParagraphIndex, m.StartOffset, m.Length, m.SurfaceForm, m.Name)).Order());
        Assert.NotEmpty(extracted.Links);
        Assert.Equal(
            extracted.Links.Select(l => (names[l.FromKey], l.Relation, names[l.ToKey])).Distinct().Order(),
            links.Select(l => (l.From, l.Relation, l.To)).Order());
    }

    [Fact]
    public async Task Stored_texts_equal_the_article_body_at_their_offsets()
    {
        await using var context = seeded.CreateContext();
        var articles = await context.Articles.ToDictionaryAsync(a => a.Id);

        var quotations = await context.Quotations.ToListAsync();
        var mentions = await context.Mentions.ToListAsync();

        Assert.NotEmpty(quotations);
        foreach (var quotation in quotations)
        {
            var article = articles[quotation.ArticleId];
            var first = quotation.Parts[0];
            Assert.Equal((quotation.ParagraphIndex, quotation.StartOffset, quotation.Length), (first.ParagraphIndex, first.StartOffset, first.Length));
            Assert.Equal(quotation.Text, string.Join('\n', quotation.Parts.Select(p => Slice(article, p.ParagraphIndex, p.StartOffset, p.Length))));
        }

        Assert.All(mentions, m => Assert.Equal(m.SurfaceForm, Slice(articles[m.ArticleId], m.ParagraphIndex, m.StartOffset, m.Length)));
    }

    [Fact]
    public async Task A_quotation_over_two_paragraphs_keeps_both_parts()
    {
        await using var context = seeded.CreateContext();

        var quotation = await context.Quotations.Include(q => q.Article)
            .SingleAsync(q => q.Text.StartsWith("Chile lacks a populist movement"));

        Assert.Equal("The Washington Post", quotation.SpeakerName);
        Assert.Equal(2, quotation.Parts.Count);
        Assert.Equal(quotation.Parts[0].ParagraphIndex + 1, quotation.Parts[1].ParagraphIndex);
        Assert.Contains('\n', quotation.Text);
        Assert.Equal(
            quotation.Text.Split('\n'),
            quotation.Parts.Select(p => Slice(quotation.Article, p.ParagraphIndex, p.StartOffset, p.Length)));
    }

    [Fact]
    public async Task Unnamed_speakers_are_descriptors_not_people()
    {
        await using var context = seeded.CreateContext();

        var quotation = await context.Quotations.SingleAsync(q => q.Text.StartsWith("the ATF"));

        Assert.Null(quotation.SpeakerId);
        Assert.Equal("A relative of the slain women and children", quotation.SpeakerDescriptor);
        Assert.Equal(quotation.SpeakerDescriptor, quotation.SpeakerName);
        Assert.False(await context.People.AnyAsync(p => p.Name.Contains("relative")));
    }

    [Fact]
    public async Task Every_reference_points_at_a_stored_row_and_each_entity_is_stored_once()
    {
        await using var context = seeded.CreateContext();

        Assert.False(await context.Quotations.AnyAsync(q => q.SpeakerId != null && !context.Entities.Any(e => e.Id == q.SpeakerId)));
        Assert.False(await context.Quotations.AnyAsync(q => q.SpeakerId == null && q.SpeakerDescriptor == null && q.SpeakerName != null));
        Assert.False(await context.Mentions.AnyAsync(m => !context.Entities.Any(e => e.Id == m.EntityId) || !context.Articles.Any(a => a.Id == m.ArticleId)));
        Assert.False(await context.EntityLinks.AnyAsync(l => !context.Entities.Any(e => e.Id == l.FromId) || !context.Entities.Any(e => e.Id == l.ToId)));

        // Nothing found by rules is left without a reference.
        Assert.False(await context.Entities.AnyAsync(e => !e.Confirmed
            && !context.Mentions.Any(m => m.EntityId == e.Id)
            && !context.ArticleAuthors.Any(a => a.PersonId == e.Id)
            && !context.Articles.Any(a => a.PublisherId == e.Id)
            && !context.Quotations.Any(q => q.SpeakerId == e.Id)
            && !context.EntityLinks.Any(l => l.FromId == e.Id || l.ToId == e.Id)));

        // One row per real-world thing: no two entities of a type share a name or a normalized key.
        var entities = await context.Entities.Select(e => new { e.Type, e.Name, e.Aliases }).ToListAsync();
        Assert.Equal(entities.Count, entities.Select(e => (e.Type, EntityKeyNormalizer.Normalize(e.Name))).Distinct().Count());
        var keys = await context.EntityKeys.Select(k => new { k.EntityType, k.Value, k.EntityId }).ToListAsync();
        Assert.Equal(keys.Count, keys.Select(k => (k.EntityType, k.Value)).Distinct().Count());
    }

    [Fact]
    public async Task Entities_both_seeds_mention_are_one_row_mentioned_in_both()
    {
        var first = (await seeded.ExtractAsync(SeededKnowledgeBase.SeedNames[0])).Extracted;
        var second = (await seeded.ExtractAsync(SeededKnowledgeBase.SeedNames[1])).Extracted;
        var shared = first.Entities.Where(e => first.Mentions.Any(m => m.EntityKey == e.Key)).Select(e => (e.Kind, e.Name))
            .Intersect(second.Entities.Where(e => second.Mentions.Any(m => m.EntityKey == e.Key)).Select(e => (e.Kind, e.Name)))
            .ToList();
        await using var context = seeded.CreateContext();

        Assert.Contains((EntityKind.Person, "Donald Trump"), shared);
        foreach (var (kind, name) in shared)
        {
            var type = Enum.Parse<EntityType>(kind.ToString());
            var rows = await context.Entities.Where(e => e.Type == type && e.Name == name)
                .Select(e => new { e.Id, Articles = e.Mentions.Select(m => m.ArticleId).Distinct().Count() }).ToListAsync();
            var row = Assert.Single(rows);
            Assert.Equal(2, row.Articles);
        }
    }

    [Fact]
    public async Task Ingesting_the_seeds_again_changes_nothing()
    {
        var before = DatabaseChecksum.Of(seeded.Database.ConnectionString);

        var again = await seeded.Pipeline.IngestAsync(SeededKnowledgeBase.SeedPaths);

        var after = DatabaseChecksum.Of(seeded.Database.ConnectionString);
        Assert.Equal((0, 0, 2, 0), (again.Added, again.Updated, again.Unchanged, again.Skipped));
        Assert.True(before.Counts["Quotations"] > 0 && before.Counts["SearchIndex"] > 0);
        Assert.Equal(before.Counts, after.Counts);
        Assert.Equal(before.Hash, after.Hash);
    }

    [Fact]
    public async Task Another_database_ingesting_the_same_seeds_holds_the_same_rows()
    {
        var other = new SeededKnowledgeBase();
        await other.InitializeAsync();
        try
        {
            var (hash, counts) = DatabaseChecksum.Of(seeded.Database.ConnectionString);
            var (otherHash, otherCounts) = DatabaseChecksum.Of(other.Database.ConnectionString);
            Assert.Equal(counts, otherCounts);
            Assert.Equal(hash, otherHash);
        }
        finally
        {
            await other.DisposeAsync();
        }
    }

    [Fact]
    public async Task Search_finds_Lopez_Obrador_without_accents_first_and_Donald_Trump_in_both_articles()
    {
        await using var context = seeded.CreateContext();
        var search = new KnowledgeSearch(context);
        var amlo = await context.People.SingleAsync(p => p.Name == "Andrés Manuel López Obrador");
        var articles = await context.Articles.Select(a => a.Id).ToListAsync();

        var obrador = await search.SearchAsync("Lopez Obrador", 5);
        var trump = await search.SearchAsync("donald trump", 50);

        Assert.Equal((SearchHitKind.Person, amlo.Id), (obrador[0].Kind, obrador[0].Id));
        Assert.Equal(SearchHitKind.Person, trump[0].Kind);
        Assert.Equal(articles.Order(), trump.Where(h => h.Kind == SearchHitKind.Article).Select(h => h.Id).Order());

        var quotation = await context.Quotations.SingleAsync(q => q.Text.StartsWith("This is the time for Mexico"));
        Assert.Contains((SearchHitKind.Quotation, quotation.Id), (await search.SearchAsync("time for MEXICO", 10)).Select(h => (h.Kind, h.Id)));
    }

    private static string? SpeakerName(ExtractedArticle extracted, ExtractedQuotation quotation) =>
        quotation.Speaker?.EntityKey is { } key ? extracted.Entities.Single(e => e.Key == key).Name : quotation.Speaker?.Descriptor;

    private static string Describe(IEnumerable<(int Paragraph, int Start, int Length)> parts) =>
        string.Join(';', parts.Select(p => $"{p.Paragraph}:{p.Start}+{p.Length}"));

    private static string Slice(Article article, int paragraph, int start, int length) =>
        (paragraph == -1 ? article.Title : article.Body[paragraph]).Substring(start, length);
}
