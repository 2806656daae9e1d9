using KnowledgeApi.Server.Access;
using KnowledgeApi.Server.Cli;
using Spectre.Console;

namespace KnowledgeApi.Server.Tests.Mutations;

public sealed class ApiKeyStoreTests
{
    private static (IAnsiConsole Console, StringWriter Output) Console()
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 1000;
        return (console, output);
    }

    [Fact]
    public void A_key_is_found_by_its_hash_and_an_unknown_key_is_not()
    {
        var store = new ApiKeyStore(
        [
            new ApiKeyEntry { Name = "reader", Hash = ApiKeyHash.Compute("reader-key"), Rights = [] },
            new ApiKeyEntry { Name = "writer", Hash = ApiKeyHash.Compute("writer-key").ToUpperInvariant(), Rights = ["write"] },
        ]);

        Assert.Equal("writer", store.Find("writer-key")?.Name);
        Assert.Equal("reader", store.Find("reader-key")?.Name);
        Assert.Null(store.Find("writer-key "));
        Assert.Null(store.Find(string.Empty));
        Assert.Null(store.Find(ApiKeyHash.Compute("writer-key")));
    }

    [Fact]
    public void The_hash_is_sha256_hex_of_the_utf8_key()
    {
        Assert.Equal("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824", ApiKeyHash.Compute("hello"));
    }

    [Theory]
    [InlineData("", "0000000000000000000000000000000000000000000000000000000000000000", "Name")]
    [InlineData("writer", "not-a-hash", "hash-key")]
    [InlineData("writer", "the-key-itself-pasted-by-mistake", "SHA-256")]
    public void A_malformed_entry_stops_the_start_naming_the_setting(string name, string hash, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => new ApiKeyStore([new ApiKeyEntry { Name = name, Hash = hash }]));

        Assert.Contains("Knowledge:ApiKeys:0", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_hash_key_verb_hashes_the_key_read_from_standard_input()
    {
        var (console, output) = Console();

        var exit = HashKeyCommand.Run([], new StringReader("hello\n"), console);

        Assert.Equal(0, exit);
        Assert.Contains("hash: 2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Knowledge__ApiKeys__0__Rights__0=write", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_hash_key_verb_makes_a_new_random_key_and_prints_its_hash()
    {
        var (console, output) = Console();

        Assert.Equal(0, HashKeyCommand.Run(["--new"], TextReader.Null, console));

        var key = output.ToString().Split('\n').Single(l => l.StartsWith("key:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        Assert.True(key.Length >= 43);
        Assert.Contains($"hash: {ApiKeyHash.Compute(key)}", output.ToString(), StringComparison.Ordinal);
    }
}
