namespace KnowledgeApi.Ingestion.Reading;

/// <summary>
/// Step 2: makes an <see cref="ArticleDocument"/> of an <see cref="ArticleFile"/>: reads the
/// header, splits the body into paragraphs, strips the publisher footer, cleans Markdown,
/// rejoins page-break splits and takes off the dateline.
/// </summary>
public static class CleanStep
{
    public static ArticleDocument Clean(ArticleFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var header = HeaderParser.Parse(file);
        var raw = ParagraphSplitter.Split(file.Lines, header.BodyStart);
        var footerPublisher = PublisherFooter.Strip(raw);

        var cleaned = raw.Select(MarkdownCleaner.Clean).Where(p => p.Length > 0).ToList();
        var paragraphs = ParagraphRejoiner.Rejoin(cleaned);
        if (paragraphs.Count == 0)
        {
            throw new ArticleReadException(file.SourceName, Math.Min(header.BodyStart + 1, file.Lines.Count), "has no body paragraphs after the header");
        }

        var (dateline, first) = DatelineParser.Split(paragraphs[0]);
        paragraphs[0] = first;

        // A footer names the publisher for certain; a header line is the next best evidence.
        var publisher = footerPublisher ?? header.Publisher;
        var hash = ArticleFingerprint.Hash(header.Title, header.Subtitle, header.Authors, header.PublishedOn, dateline, publisher, paragraphs);
        return new ArticleDocument(
            file.SourceName,
            header.Title,
            header.Subtitle,
            header.Authors,
            header.Agency ?? dateline?.Agency,
            header.PublishedOn,
            dateline,
            publisher,
            paragraphs,
            hash,
            ArticleFingerprint.CountWords(paragraphs));
    }
}
