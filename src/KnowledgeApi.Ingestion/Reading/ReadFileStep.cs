using System.Text;

namespace KnowledgeApi.Ingestion.Reading;

/// <summary>
/// Step 1: reads a file as strict UTF-8 text lines. A file that is not text (invalid UTF-8, NUL
/// characters) or cannot be opened becomes an <see cref="ArticleReadException"/> naming the line.
/// </summary>
public static class ReadFileStep
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<ArticleFile> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var sourceName = Path.GetFileName(path);
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new ArticleReadException(sourceName, 0, $"cannot be read: {error.Message}", error);
        }

        return Parse(sourceName, bytes);
    }

    /// <summary>Decodes <paramref name="bytes"/> (a UTF-8 byte order mark is skipped) into lines.</summary>
    public static ArticleFile Parse(string sourceName, ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException error)
        {
            var badByte = error.Index >= 0 ? error.Index : 0;
            throw new ArticleReadException(sourceName, LineOfByte(bytes, badByte), "is not UTF-8 text", error);
        }

        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains('\0', StringComparison.Ordinal))
            {
                throw new ArticleReadException(sourceName, i + 1, "contains NUL characters: not a text file");
            }
        }

        return new ArticleFile(sourceName, lines);
    }

    private static int LineOfByte(ReadOnlySpan<byte> bytes, int index)
    {
        var end = Math.Min(index, bytes.Length);
        return bytes[..end].Count((byte)'\n') + 1;
    }
}
