using System.Text.RegularExpressions;
using KnowledgeApi.TestSupport;

namespace KnowledgeApi.Server.Tests.Readme;

/// <summary>What README.md tells a newcomer, read from the file itself: the run command and the example queries with what they promise.</summary>
internal sealed partial record ReadmeDocument(string RunCommand, IReadOnlyList<ReadmeExample> Examples)
{
    public static ReadmeDocument Load()
    {
        var text = File.ReadAllText(RepositoryPaths.Combine("README.md")).ReplaceLineEndings("\n");
        var run = Section(text, "## Run it");
        var command = FencedBlocks(run, "sh").SelectMany(b => b.Split('\n')).First(l => l.StartsWith("dotnet run", StringComparison.Ordinal));
        var examples = FencedBlocks(Section(text, "## Example queries"), "graphql")
            .Select(block => new ReadmeExample(
                block,
                [.. block.Split('\n').Select(l => ExpectLine().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value.Trim())]))
            .ToList();
        return new ReadmeDocument(command.Trim(), examples);
    }

    private static string Section(string text, string heading)
    {
        var start = text.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"README.md has no '{heading}' section.");
        var end = text.IndexOf("\n## ", start + heading.Length + 1, StringComparison.Ordinal);
        return end < 0 ? text[start..] : text[start..end];
    }

    private static IEnumerable<string> FencedBlocks(string text, string language) =>
        FencedBlock().Matches(text).Where(m => m.Groups[1].Value == language).Select(m => m.Groups[2].Value);

    [GeneratedRegex(@"```(\w*)\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex FencedBlock();

    [GeneratedRegex(@"^\s*# expect:(.*)$")]
    private static partial Regex ExpectLine();
}

/// <summary>One example query and the texts its answer must contain.</summary>
internal sealed record ReadmeExample(string Query, IReadOnlyList<string> Expected);
