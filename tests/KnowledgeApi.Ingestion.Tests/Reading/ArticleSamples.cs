using KnowledgeApi.Ingestion.Reading;
using KnowledgeApi.TestSupport;

namespace KnowledgeApi.Ingestion.Tests.Reading;

/// <summary>Reads the seeds and the sample files through the real read and clean steps.</summary>
internal static class ArticleSamples
{
    public static string SeedPath(string name) => RepositoryPaths.Combine("seeds", name);

    public static string SamplePath(string name) => Path.Combine(AppContext.BaseDirectory, "Reading", "Samples", name);

    public static async Task<ArticleDocument> ReadSeedAsync(string name) =>
        CleanStep.Clean(await ReadFileStep.ReadAsync(SeedPath(name)));

    public static async Task<ArticleDocument> ReadSampleAsync(string name) =>
        CleanStep.Clean(await ReadFileStep.ReadAsync(SamplePath(name)));

    public static ArticleDocument ReadText(string text, string sourceName = "inline.txt") =>
        CleanStep.Clean(ReadFileStep.Parse(sourceName, System.Text.Encoding.UTF8.GetBytes(text)));
}
