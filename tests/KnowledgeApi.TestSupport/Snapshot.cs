using System.Text;

namespace KnowledgeApi.TestSupport;

/// <summary>
/// Compares a value with a committed snapshot file (an approval test). With
/// <c>UPDATE_SNAPSHOTS=1</c> the file is rewritten instead; on CI (<c>CI=true</c>) it is never
/// rewritten, and a difference fails with a line diff.
/// </summary>
public static class Snapshot
{
    /// <summary>Asserts that <paramref name="actual"/> equals the snapshot at a repository-relative path.</summary>
    public static void Match(string actual, params string[] repositoryPath)
    {
        ArgumentNullException.ThrowIfNull(actual);
        var path = RepositoryPaths.Combine(repositoryPath);
        var normalized = Normalize(actual);
        var onCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        var update = Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1";
        if (update && !onCi)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, normalized);
            return;
        }

        if (!File.Exists(path))
        {
            throw new SnapshotMismatchException(
                $"The snapshot {string.Join('/', repositoryPath)} does not exist. Run the test with UPDATE_SNAPSHOTS=1 to create it.\n\nActual:\n{normalized}");
        }

        var expected = Normalize(File.ReadAllText(path));
        if (expected != normalized)
        {
            throw new SnapshotMismatchException(
                $"The snapshot {string.Join('/', repositoryPath)} differs (- snapshot, + actual). "
                + $"Run with UPDATE_SNAPSHOTS=1 to accept the new output.\n{Diff(expected, normalized)}");
        }
    }

    /// <summary>A line diff: common lines are skipped, changed regions shown with two lines of context.</summary>
    public static string Diff(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var lines = new List<(char Mark, string Text)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                lines.Add((' ', a[x++]));
                y++;
            }
            else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                // Removed lines first, then added ones, as unified diffs show them.
                lines.Add(('-', a[x++]));
            }
            else
            {
                lines.Add(('+', b[y++]));
            }
        }

        var output = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            var nearChange = Enumerable.Range(Math.Max(0, i - 2), Math.Min(lines.Count, i + 3) - Math.Max(0, i - 2)).Any(k => lines[k].Mark != ' ');
            if (nearChange)
            {
                output.Append(lines[i].Mark).Append(' ').Append(lines[i].Text).Append('\n');
            }
        }

        return output.ToString();
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') + "\n";
}

/// <summary>A snapshot that does not match (or does not exist).</summary>
public sealed class SnapshotMismatchException(string message) : Exception(message);
