using KnowledgeApi.Server.Access;
using Spectre.Console;

namespace KnowledgeApi.Server.Cli;

/// <summary>
/// The <c>hash-key</c> verb: prints the SHA-256 an operator puts in <c>Knowledge:ApiKeys</c>, for
/// a key read from standard input (so it stays out of shell history) or, with <c>--new</c>, for a
/// freshly generated key, which is printed once and stored nowhere.
/// </summary>
internal static class HashKeyCommand
{
    public const string Verb = "hash-key";

    public const string Usage = "usage: hash-key --new | hash-key < keyfile   (prints the hash for Knowledge:ApiKeys)";

    public static bool IsInvoked(string[] args) => args.Length > 0 && args[0] == Verb;

    public static int Run(IReadOnlyList<string> args, TextReader input, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(console);
        string key;
        switch (args)
        {
            case ["--new"]:
                key = ApiKeyHash.NewKey();
                console.MarkupLineInterpolated($"key:  {key}   (give it to the client; it is not stored anywhere)");
                break;
            case []:
                key = input.ReadLine()?.Trim() ?? string.Empty;
                if (key.Length == 0)
                {
                    console.WriteLine("No key on standard input.");
                    console.WriteLine(Usage);
                    return 2;
                }

                break;
            default:
                console.WriteLine(Usage);
                return args is ["--help"] or ["-h"] ? 0 : 2;
        }

        var hash = ApiKeyHash.Compute(key);
        console.MarkupLineInterpolated($"hash: {hash}");
        console.WriteLine();
        console.WriteLine("Configure it, e.g. as environment variables:");
        console.WriteLine("  Knowledge__ApiKeys__0__Name=newsroom");
        console.MarkupLineInterpolated($"  Knowledge__ApiKeys__0__Hash={hash}");
        console.WriteLine("  Knowledge__ApiKeys__0__Rights__0=write");
        return 0;
    }
}
