using KnowledgeApi.Ingestion.Storing;

namespace KnowledgeApi.Ingestion.Tests.Storing;

public sealed class SlugsTests
{
    [Theory]
    [InlineData("Trump calls for US troops to wage “war” on drug cartels in Mexico", "trump-calls-for-us-troops-to-wage-war-on-drug-cartels-in-mexico")]
    [InlineData("Silent on coup attempt, Mexico's AMLO defends Trump", "silent-on-coup-attempt-mexicos-amlo-defends-trump")]
    [InlineData("Andrés Manuel López Obrador: ¿qué sigue?", "andres-manuel-lopez-obrador-que-sigue")]
    [InlineData("  --  ", "article")]
    [InlineData("日本語", "article")]
    public void Titles_become_ascii_hyphenated_slugs(string title, string slug) =>
        Assert.Equal(slug, Slugs.FromTitle(title));

    [Fact]
    public void Long_titles_are_cut_at_a_word_boundary_within_eighty_characters()
    {
        var slug = Slugs.FromTitle(string.Join(' ', Enumerable.Repeat("workers", 30)));

        Assert.InRange(slug.Length, 1, 80);
        Assert.EndsWith("workers", slug, StringComparison.Ordinal);
    }
}
