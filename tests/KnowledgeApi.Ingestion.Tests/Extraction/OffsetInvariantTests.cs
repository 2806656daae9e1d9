using KnowledgeApi.Ingestion.Extraction;

namespace KnowledgeApi.Ingestion.Tests.Extraction;

/// <summary>Offsets are the contract: what they point at must be exactly what was extracted.</summary>
public sealed class OffsetInvariantTests
{
    public static TheoryData<string> Articles()
    {
        var data = new TheoryData<string>();
        foreach (var article in CorpusArticle.All)
        {
            data.Add(article.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Quotation_texts_and_mention_surfaces_equal_the_text_at_their_offsets(string name)
    {
        var article = CorpusArticle.Named(name).Text;
        var extracted = new ArticleExtractor(CorpusArticle.Gazetteer).Extract(article);

        Assert.NotEmpty(extracted.Quotations);
        Assert.NotEmpty(extracted.Mentions);
        foreach (var quotation in extracted.Quotations)
        {
            Assert.Equal(quotation.Span, quotation.Parts[0]);
            Assert.Equal(quotation.Text, string.Join('\n', quotation.Parts.Select(p => Slice(article, p))));
        }

        foreach (var mention in extracted.Mentions)
        {
            Assert.Equal(mention.SurfaceForm, Slice(article, mention.Span));
            Assert.Contains(extracted.Entities, e => e.Key == mention.EntityKey);
        }
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Extraction_is_deterministic(string name)
    {
        var article = CorpusArticle.Named(name).Text;
        var first = new ArticleExtractor(CorpusArticle.Gazetteer).Extract(article);
        var second = new ArticleExtractor(CorpusArticle.Gazetteer).Extract(article);

        Assert.Equal(first.Entities.Select(e => (e.Key, e.Name)), second.Entities.Select(e => (e.Key, e.Name)));
        Assert.Equal(first.Mentions, second.Mentions);
        Assert.Equal(first.Quotations.Select(q => (q.Text, q.Span, q.Speaker)), second.Quotations.Select(q => (q.Text, q.Span, q.Speaker)));
    }

    private static string Slice(ArticleText article, TextSpan span) =>
        (span.Paragraph == TextSpan.TitleParagraph ? article.Title : article.Paragraphs[span.Paragraph]).Substring(span.Start, span.Length);
}
