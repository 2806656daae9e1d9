using KnowledgeApi.TestSupport;

namespace KnowledgeApi.GraphQL.Tests.Types;

/// <summary>The snapshot helper the SDL tests rely on: equal text passes, different text fails with a readable diff.</summary>
public sealed class SnapshotTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("snapshot-tests").FullName;

    [Fact]
    public void Matching_text_passes_whatever_the_line_endings()
    {
        File.WriteAllText(Path.Combine(folder, "same.graphql"), "type Query {\r\n  a: Int\r\n}\r\n");

        Snapshot.Match("type Query {\n  a: Int\n}", folder, "same.graphql");
    }

    [Fact]
    public void Different_text_fails_with_the_changed_lines()
    {
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            return; // rewriting is the point of that mode; the comparison is tested without it
        }

        File.WriteAllText(Path.Combine(folder, "changed.graphql"), "type Query {\n  a: Int\n  b: String\n}\n");

        var error = Assert.Throws<SnapshotMismatchException>(() => Snapshot.Match("type Query {\n  a: Int\n  b: ID\n}", folder, "changed.graphql"));

        Assert.Contains("- " + "  b: String", error.Message, StringComparison.Ordinal);
        Assert.Contains("+ " + "  b: ID", error.Message, StringComparison.Ordinal);
        Assert.Contains("UPDATE_SNAPSHOTS=1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_diff_marks_removed_and_added_lines_and_skips_distant_common_ones()
    {
        var diff = Snapshot.Diff("a\nb\nc\nd\ne\nf\ng", "a\nb\nc\nd\ne\nF\ng");

        Assert.Equal("  d\n  e\n- f\n+ F\n  g\n", diff);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
