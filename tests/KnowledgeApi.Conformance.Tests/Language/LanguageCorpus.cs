using System.Text;
using KnowledgeApi.TestSupport;

namespace KnowledgeApi.Conformance.Tests.Language;

/// <summary>The corpus documents under Language/Corpus, read as raw bytes so BOMs and line endings survive.</summary>
internal static class LanguageCorpus
{
    public static TheoryData<string> Names(string folder)
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Folder(folder), "*.graphql").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(path));
        }

        return data;
    }

    public static byte[] Read(string folder, string name) => File.ReadAllBytes(Path.Combine(Folder(folder), name + ".graphql"));

    /// <summary>The text graphql-js receives: the same bytes decoded, a BOM kept as U+FEFF.</summary>
    public static string AsText(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    private static string Folder(string folder) =>
        RepositoryPaths.Combine("tests", "KnowledgeApi.Conformance.Tests", "Language", "Corpus", folder);
}
