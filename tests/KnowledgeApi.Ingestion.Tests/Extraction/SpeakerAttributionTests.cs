namespace KnowledgeApi.Ingestion.Tests.Extraction;

public sealed class SpeakerAttributionTests
{
    [Theory]
    [InlineData("“The strike will go on until we win,” Maria Ortiz said.", "said")]
    [InlineData("“The strike will go on until we win,” said Maria Ortiz, a nurse.", "said")]
    [InlineData("“The strike will go on until we win,” Maria Ortiz told reporters.", "told")]
    [InlineData("Maria Ortiz tweeted: “The strike will go on until we win.”", "tweeted")]
    [InlineData("Maria Ortiz insisted that “the strike will go on until we win.”", "insisted")]
    public void A_reporting_verb_next_to_the_quotation_names_the_speaker(string paragraph, string verb)
    {
        var article = ExtractionHarness.Extract(paragraph);

        Assert.Equal("Maria Ortiz", article.SpeakerOf(article.Quotations[0].Text[..10]));
        Assert.Equal(verb, article.Quotations[0].Verb);
    }

    [Fact]
    public void A_surname_after_the_quotation_is_the_full_name_seen_before()
    {
        var article = ExtractionHarness.Extract(
            "Retired General Carlos Gaytán Ochoa spoke to officers last week.",
            "“We are worried about the country of today,” Gaytán said.");

        Assert.Equal("Carlos Gaytán Ochoa", article.SpeakerOf("We are worried"));
    }

    [Fact]
    public void A_pronoun_goes_to_the_subject_of_the_sentence_not_the_last_name_mentioned()
    {
        var article = ExtractionHarness.Extract(
            "Laura Méndez answered the attacks of Roberto Salinas in a long speech: “I will not be silenced by anyone,” she said.");

        Assert.Equal("Laura Méndez", article.SpeakerOf("I will not"));
    }

    [Fact]
    public void A_pronoun_with_no_subject_in_its_paragraph_goes_to_the_previous_speaker()
    {
        var article = ExtractionHarness.Extract(
            "“We need a new contract this year,” David Kim said.",
            "“Nobody in this union will accept less than that,” he said.");

        Assert.Equal("David Kim", article.SpeakerOf("Nobody in this union"));
    }

    [Fact]
    public void A_following_quotation_inherits_the_speaker_in_the_same_and_next_paragraph()
    {
        var article = ExtractionHarness.Extract(
            "“The district says there is no money for teachers,” Maria Ortiz said. “My students share one set of books.”",
            "“It has been like this for years and years.”");

        Assert.Equal("Maria Ortiz", article.SpeakerOf("My students share"));
        Assert.Equal("Maria Ortiz", article.SpeakerOf("It has been like"));
    }

    [Fact]
    public void A_quotation_far_from_any_speaker_inherits_nothing()
    {
        var article = ExtractionHarness.Extract(
            "“The district says there is no money for teachers,” Maria Ortiz said.",
            "The city council met on Tuesday.",
            "Several schools closed early.",
            "“This was never going to be easy for anyone.”");

        Assert.Null(article.Quotation("This was never").Speaker);
    }

    [Fact]
    public void Organisations_speak_through_the_company_and_in_statements()
    {
        var article = ExtractionHarness.Extract(
            "The Ministry of Health announced a vaccination campaign on Monday.",
            "“No child will miss a vaccine because of where they live,” the ministry said in a statement.");

        Assert.Equal("Ministry of Health", article.SpeakerOf("No child will"));
        Assert.Equal(KnowledgeApi.Ingestion.Extraction.EntityKind.Organization, article.Entity("Ministry of Health").Kind);
    }

    [Fact]
    public void A_publication_warns_in_its_own_column()
    {
        var article = ExtractionHarness.Extract(
            "In a column last week, the Washington Post warned, “The region is heading towards a wave of unrest.”");

        Assert.Equal("The Washington Post", article.SpeakerOf("The region is"));
    }

    [Fact]
    public void Unnamed_speakers_stay_descriptors_and_are_not_invented_as_persons()
    {
        var article = ExtractionHarness.Extract(
            "One miner, who asked not to be named, said the deal fell short.",
            "“They gave us a bonus and took away the overtime,” the miner said.");

        Assert.Equal("One miner", article.SpeakerOf("They gave us"));
        Assert.Null(article.Quotation("They gave us").Speaker!.EntityKey);
        Assert.DoesNotContain(article.Entities, e => e.Name.Contains("miner", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_role_noun_refers_back_to_the_person_who_holds_that_title()
    {
        var article = ExtractionHarness.Extract(
            "Governor Roberto Salinas defended his record on security.",
            "“She has never walked through a neighbourhood at night,” the governor said.");

        Assert.Equal("Roberto Salinas", article.SpeakerOf("She has never"));
    }

    [Fact]
    public void A_relative_pronoun_speaker_is_the_name_before_it()
    {
        var article = ExtractionHarness.Extract(
            "The theory was developed by Leon Trotsky, who wrote that the bourgeoisie was “absolutely incapable of developing democratic rule.”");

        Assert.Equal("Leon Trotsky", article.SpeakerOf("absolutely incapable"));
    }

    [Fact]
    public void A_colon_at_the_end_of_a_paragraph_introduces_the_quotation_in_the_next()
    {
        var article = ExtractionHarness.Extract(
            "After the rally, Donald Trump gushed:",
            "“I want to thank the great people of this state for coming tonight.”");

        Assert.Equal("Donald Trump", article.SpeakerOf("I want to thank"));
    }

    [Fact]
    public void A_pronoun_can_point_at_an_unnamed_subject_of_the_previous_sentence()
    {
        var article = ExtractionHarness.Extract(
            "“We will appeal the ruling,” said Omar Haddad, a lawyer.",
            "Outside the court, a retired teacher from the valley held up a sign. “Nobody asked us before the mine opened,” she said.");

        Assert.Equal("a retired teacher from the valley", article.SpeakerOf("Nobody asked us"));
    }

    [Fact]
    public void Both_halves_of_a_quotation_split_by_its_attribution_have_the_speaker()
    {
        var article = ExtractionHarness.Extract(
            "“We called the council early in the morning,” said Tomasz Nowak, 58, “and the first boat came at night.”");

        Assert.Equal("Tomasz Nowak", article.SpeakerOf("We called the"));
        Assert.Equal("Tomasz Nowak", article.SpeakerOf("and the first"));
    }

    [Fact]
    public void According_to_after_a_quotation_names_its_source()
    {
        var article = ExtractionHarness.Extract(
            "The plan was “the most ambitious reform of the health system in decades,” according to the World Health Organization.");

        Assert.Equal("World Health Organization", article.SpeakerOf("the most ambitious"));
        Assert.Null(article.Quotation("the most ambitious").Verb);
    }
}
