using System.Diagnostics;

namespace KnowledgeApi.TestSupport;

/// <summary>
/// Installs the repository's npm packages (package.json + package-lock.json at the root) when a
/// fresh clone lacks them, so `dotnet test` works on its own; .ci/run installs them up front too.
/// </summary>
public static class NodePackages
{
    private static readonly Lock Gate = new();
    private static bool installed;

    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (installed || File.Exists(RepositoryPaths.Combine("node_modules", ".package-lock.json")))
            {
                installed = true;
                return;
            }

            // Several test processes may start at once; a lock file keeps them from racing npm.
            var lockPath = RepositoryPaths.Combine(".npm-install.lock");
            using var fileLock = AcquireFileLock(lockPath);
            if (!File.Exists(RepositoryPaths.Combine("node_modules", ".package-lock.json")))
            {
                Run("npm", "ci --no-audit --no-fund");
            }

            installed = true;
        }
    }

    private static FileStream AcquireFileLock(string path)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(200);
            }
        }
    }

    private static void Run(string file, string arguments)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} could not be started.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} failed ({process.ExitCode}): {output.Result}{error.Result}");
        }
    }
}
