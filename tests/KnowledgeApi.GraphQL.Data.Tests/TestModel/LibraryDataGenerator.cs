namespace KnowledgeApi.GraphQL.Data.Tests.TestModel;

/// <summary>
/// Generates the library from a fixed seed: the same rows, ids and values on every run and machine
/// (System.Random with a seed is a stable algorithm). Sizes are large enough that a predicate
/// evaluated in memory instead of SQL would be noticed, small enough to seed in about a second.
/// </summary>
public static class LibraryDataGenerator
{
    public const int DefaultSeed = 20261128;
    public const int AuthorCount = 250;
    public const int BookCount = 4000;
    public const int TagCount = 40;

    private static readonly string[] FirstNames =
        ["Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "Niklaus", "Margaret", "Ken", "Radia", "Tony", "Hedy", "John", "Sophie", "Émile"];

    private static readonly string[] LastNames =
        ["Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Allen", "Wirth", "Hamilton", "Thompson", "Perlman", "Hoare", "Lamarr", "Backus", "Wilson", "Zola", "O'Neil", "de la Cruz"];

    private static readonly string[] Countries = ["GB", "US", "NL", "DE", "FR", "CH", "MX", "JP"];

    private static readonly string[] TitleWords =
        ["The", "the", "Art", "of", "Programming", "river", "River", "Night", "garden", "Machine", "Silence", "Map", "Stone", "light", "Light", "Empire", "code", "Code", "Winter", "Song"];

    // Titles with LIKE wildcards and quotes: a string filter must match them literally.
    private static readonly string[] OddTitles = ["50% Off", "snake_case Stories", "100%", "a_b", "O'Brien's Road", "Back\\slash"];

    private static readonly string[] SubtitleWords = ["A Novel", "Essays", "Second Thoughts", "a novel", "Poems", "Notes"];

    private static readonly string[] KeywordPool =
        ["classic", "Classic", "award", "debut", "series", "translated", "illustrated", "bestseller", "short", "long-read"];

    private static readonly string[] ReviewWords = ["great", "Great", "dull", "moving", "too long", "a must-read", "confusing", "fun"];

    private static readonly TimeSpan[] Offsets = [TimeSpan.Zero, TimeSpan.FromHours(2), TimeSpan.FromHours(-5), TimeSpan.FromMinutes(330)];

    public static LibraryData Generate(int seed = DefaultSeed)
    {
        var random = new Random(seed);
        var tags = Enumerable.Range(1, TagCount).Select(id => new Tag { Id = id, Name = $"tag-{id:D2}" }).ToList();
        var authors = Enumerable.Range(1, AuthorCount).Select(id => CreateAuthor(random, id)).ToList();
        var books = new List<Book>(BookCount);
        var reviews = new List<Review>();
        for (var id = 1; id <= BookCount; id++)
        {
            var book = CreateBook(random, id, authors[random.Next(authors.Count)]);
            AddReviews(random, book, reviews);
            AddTags(random, book, tags);
            books.Add(book);
        }

        return new LibraryData { Authors = authors, Books = books, Reviews = reviews, Tags = tags };
    }

    private static Author CreateAuthor(Random random, int id) => new()
    {
        Id = id,
        Name = $"{Pick(random, FirstNames)} {Pick(random, LastNames)} {id}",
        Country = random.Next(5) == 0 ? null : Pick(random, Countries),
        BornOn = random.Next(4) == 0 ? null : new DateOnly(1900, 1, 1).AddDays(random.Next(36_000)),
        IsActive = random.Next(3) != 0,
    };

    private static Book CreateBook(Random random, int id, Author author)
    {
        var published = new DateTime(1990, 1, 1, 0, 0, 0, DateTimeKind.Unspecified).AddMinutes(random.Next(18_000_000));
        var book = new Book
        {
            Id = id,
            Title = CreateTitle(random),
            Subtitle = random.Next(3) == 0 ? null : Pick(random, SubtitleWords),
            Pages = random.Next(40, 1200),
            Edition = random.Next(4) == 0 ? null : random.Next(1, 8),
            Isbn = 9_780_000_000_000L + random.NextInt64(0, 99_999_999_999L),
            SalesRank = random.Next(5) == 0 ? null : random.NextInt64(1, 5_000_000_000L),
            Rating = Math.Round(random.NextDouble() * 5, 2),
            CriticScore = random.Next(3) == 0 ? null : Math.Round(random.NextDouble() * 100, 1),
            Price = random.Next(99, 9_999) / 100m,
            DiscountPrice = random.Next(2) == 0 ? null : random.Next(50, 5_000) / 100m,
            InPrint = random.Next(4) != 0,
            Signed = random.Next(3) switch { 0 => null, 1 => true, _ => false },
            PublishedAt = published,
            LastPrintedAt = random.Next(3) == 0 ? null : published.AddDays(random.Next(1, 3_000)),
            UpdatedAt = new DateTimeOffset(published.AddDays(random.Next(0, 400)), Pick(random, Offsets)),
            ReleaseDay = DateOnly.FromDateTime(published),
            OutOfPrintOn = random.Next(4) == 0 ? DateOnly.FromDateTime(published).AddDays(random.Next(100, 5_000)) : null,
            Key = CreateGuid(random),
            ExternalKey = random.Next(3) == 0 ? null : CreateGuid(random),
            Genre = (Genre)random.Next(5),
            SecondaryGenre = random.Next(2) == 0 ? null : (Genre)random.Next(5),
            Keywords = Enumerable.Range(0, random.Next(0, 4)).Select(_ => Pick(random, KeywordPool)).Distinct().ToList(),
            AuthorId = author.Id,
            Author = author,
        };
        author.Books.Add(book);
        return book;
    }

    private static string CreateTitle(Random random)
    {
        if (random.Next(50) == 0)
        {
            return Pick(random, OddTitles);
        }

        var words = Enumerable.Range(0, random.Next(1, 5)).Select(_ => Pick(random, TitleWords));
        return string.Join(' ', words);
    }

    private static void AddReviews(Random random, Book book, List<Review> reviews)
    {
        var count = random.Next(0, 6);
        for (var i = 0; i < count; i++)
        {
            var review = new Review
            {
                Id = reviews.Count + 1,
                Stars = random.Next(1, 6),
                Text = random.Next(3) == 0 ? null : Pick(random, ReviewWords),
                CreatedAt = book.PublishedAt.AddDays(random.Next(1, 2_000)),
                BookId = book.Id,
                Book = book,
            };
            book.Reviews.Add(review);
            reviews.Add(review);
        }
    }

    private static void AddTags(Random random, Book book, List<Tag> tags)
    {
        var count = random.Next(0, 5);
        foreach (var tag in Enumerable.Range(0, count).Select(_ => tags[random.Next(tags.Count)]).Distinct())
        {
            book.Tags.Add(tag);
            tag.Books.Add(book);
        }
    }

    private static Guid CreateGuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];
}
