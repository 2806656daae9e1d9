using System.Text.Json;
using KnowledgeApi.Ingestion.Extraction;
using KnowledgeApi.Ingestion.Reading;
using KnowledgeApi.TestSupport;

namespace KnowledgeApi.Ingestion.Tests.Extraction;

/// <summary>One annotated article of the corpus: its text and the hand-annotated quotations.</summary>
/// <remarks>
/// Sets: "seeds" (the two seed articles), "house styles" (six articles annotated before any rule),
/// "held out" (articles written and annotated after the rules, scored before any tuning).
/// </remarks>
internal sealed record CorpusArticle(string Name, string Set, ArticleText Text, IReadOnlyList<AnnotatedQuotation> Quotations)
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static string Folder => RepositoryPaths.Combine("tests", "KnowledgeApi.Ingestion.Tests", "Extraction", "Corpus");

    public static Gazetteer Gazetteer { get; } = Gazetteer.Load(RepositoryPaths.Combine("seeds", "gazetteer.json"));

    public static IReadOnlyList<CorpusArticle> All { get; } = LoadAll();

    public static CorpusArticle Named(string name) => All.Single(a => a.Name == name);

    private static List<CorpusArticle> LoadAll()
    {
        var articles = new List<CorpusArticle>();
        foreach (var file in Directory.GetFiles(Folder, "*.json").Order(StringComparer.Ordinal))
        {
            var annotation = JsonSerializer.Deserialize<AnnotationFile>(File.ReadAllText(file), Options)!;
            var text = Read(RepositoryPaths.Combine(annotation.Article.Split('/')));
            articles.Add(new CorpusArticle(
                Path.GetFileNameWithoutExtension(file),
                annotation.Article.StartsWith("seeds/", StringComparison.Ordinal) ? "seeds"
                    : Path.GetFileName(file).StartsWith("heldout_", StringComparison.Ordinal) ? "held out" : "house styles",
                text,
                annotation.Quotations));
        }

        return articles;
    }

    /// <summary>The article as ingestion reads it: the real read and clean steps, so the scores are the pipeline's.</summary>
    private static ArticleText Read(string path) =>
        CleanStep.Clean(ReadFileStep.Parse(Path.GetFileName(path), File.ReadAllBytes(path))).ToArticleText();

    private sealed record AnnotationFile(string Article, List<AnnotatedQuotation> Quotations);
}

/// <summary>A quotation as annotated: its exact text and its speaker's canonical name or unnamed descriptor.</summary>
internal sealed record AnnotatedQuotation(string Text, string? Speaker, string? Descriptor);
