using BenchmarkDotNet.Attributes;
using KnowledgeApi.Ingestion.Extraction;

namespace KnowledgeApi.Benchmarks.Extraction;

/// <summary>
/// <see cref="ArticleExtractor.Extract"/> on the seed articles. One operation extracts every
/// seed once, so articles per second = seeds / mean time.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private ArticleExtractor extractor = null!;
    private List<ArticleText> seeds = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = FindRoot();
        extractor = new ArticleExtractor(Gazetteer.Load(Path.Combine(root, "seeds", "gazetteer.json")));
        seeds = Directory.GetFiles(Path.Combine(root, "seeds"), "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(f => SeedText.Read(File.ReadAllText(f)))
            .ToList();
    }

    [Benchmark]
    public int Extract_all_seeds()
    {
        var quotations = 0;
        foreach (var seed in seeds)
        {
            quotations += extractor.Extract(seed).Quotations.Count;
        }

        return quotations;
    }

    [Benchmark]
    public ArticleExtractor Build_extractor_from_gazetteer() => new(Gazetteer.Load(Path.Combine(FindRoot(), "seeds", "gazetteer.json")));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeApi.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("KnowledgeApi.sln not found above the benchmark.");
    }
}
