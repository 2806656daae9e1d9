using KnowledgeApi.Ingestion.Extraction;
using Xunit.Abstractions;

namespace KnowledgeApi.Ingestion.Tests.Extraction;

/// <summary>
/// Precision and recall of (quotation, speaker) pairs on the seeds and on the articles in other
/// house styles, printed for the record and held above a floor so a regression fails.
/// </summary>
public sealed class ExtractionQualityTests(ITestOutputHelper output)
{
    private const double Floor = 0.9;

    [Theory]
    [InlineData("seeds")]
    [InlineData("house styles")]
    [InlineData("held out")]
    public void Quotations_and_speakers_reach_the_floor(string set)
    {
        var extractor = new ArticleExtractor(CorpusArticle.Gazetteer);
        var total = default(Score);
        var misses = new List<string>();
        foreach (var article in CorpusArticle.All.Where(a => a.Set == set))
        {
            var score = QuotationScoring.Score(article, extractor.Extract(article.Text), misses);
            output.WriteLine($"{article.Name}: {score}");
            total += score;
        }

        output.WriteLine($"{set}: {total}");
        misses.ForEach(output.WriteLine);
        Assert.True(total.Annotated > 0);
        Assert.True(total.Precision >= Floor, $"precision {total.Precision} is under {Floor}");
        Assert.True(total.Recall >= Floor, $"recall {total.Recall} is under {Floor}");
    }
}
