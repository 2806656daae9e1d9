using KnowledgeApi.Ingestion.Reading;

namespace KnowledgeApi.Ingestion.Tests.Reading;

public sealed class ParagraphRejoinerTests
{
    [Theory]
    [InlineData("He should work to", "decrease drug use.", "He should work to decrease drug use.")]
    [InlineData("If it can happen in Santiago,", "it could happen anywhere.", "If it can happen in Santiago, it could happen anywhere.")]
    [InlineData("the \"groundbreaking agreement with", "Mexico\" to force asylum seekers.", "the \"groundbreaking agreement with Mexico\" to force asylum seekers.")]
    [InlineData("the ‘historic deal with", "Mexico’ was signed.", "the ‘historic deal with Mexico’ was signed.")]
    [InlineData("promoted the deal as", "“historic.”", "promoted the deal as “historic.”")]
    public void A_sentence_split_by_a_page_break_is_joined(string first, string second, string joined) =>
        Assert.Equal([joined], ParagraphRejoiner.Rejoin([first, second]));

    [Theory]
    [InlineData("Trump gushed:", "\"I want to thank the great President of Mexico.\"")]
    [InlineData("It ended there.", "then it started again.")]
    [InlineData("“The first paragraph of a long quotation ends here.", "“The second one opens again.”")]
    [InlineData("What comes next", "Negotiations resume in Brussels on Tuesday.")]
    [InlineData("They don’t agree with", "Mexico on this.")]
    public void Paragraphs_that_end_a_sentence_or_start_a_new_one_stay_apart(string first, string second) =>
        Assert.Equal([first, second], ParagraphRejoiner.Rejoin([first, second]));

    [Fact]
    public void Three_pieces_of_one_sentence_become_one_paragraph() =>
        Assert.Equal(["one two three."], ParagraphRejoiner.Rejoin(["one", "two", "three."]));
}
