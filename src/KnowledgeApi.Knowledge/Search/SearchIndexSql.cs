namespace KnowledgeApi.Knowledge.Search;

/// <summary>
/// The full-text index behind <see cref="KnowledgeSearch"/>: one FTS5 table over article titles
/// and bodies, quotation texts, and the names and aliases of people, organizations and events,
/// kept in step by triggers on the source tables.
/// </summary>
/// <remarks>
/// Triggers rather than the ingestion writer, because anything may change those rows (a curation
/// mutation, a SQL fix-up, a cascade delete) and the index must never drift from them. Each item's
/// rowid is <c>id * 8 + kind code</c>, so a trigger replaces or removes an item by rowid (the
/// FTS5 index is keyed on it) instead of scanning the unindexed columns. The tokenizer folds case
/// and removes diacritics ("Lopez Obrador" finds "López Obrador"). A migration runs this SQL:
/// changing it later needs a new migration that drops and recreates it, not an edit here. A
/// future migration that rebuilds one of the source tables (SQLite's way of altering columns)
/// drops that table's triggers and must recreate them.
/// </remarks>
internal static class SearchIndexSql
{
    public const string Table = "SearchIndex";

    public const string ArticleInserted = "TR_Search_ArticleInserted";

    public const string ArticleUpdated = "TR_Search_ArticleUpdated";

    public const string ArticleDeleted = "TR_Search_ArticleDeleted";

    public const string QuotationInserted = "TR_Search_QuotationInserted";

    public const string QuotationUpdated = "TR_Search_QuotationUpdated";

    public const string QuotationDeleted = "TR_Search_QuotationDeleted";

    public const string EntityInserted = "TR_Search_EntityInserted";

    public const string EntityUpdated = "TR_Search_EntityUpdated";

    public const string EntityDeleted = "TR_Search_EntityDeleted";

    // Kind codes in the rowid (id * 8 + code); SearchHitKind has the same values.
    private const string ArticleItem = """
        SELECT NEW."Id" * 8 + 1, 'Article', NEW."Id", NEW."Title",
               COALESCE(NEW."Subtitle" || char(10), '') || COALESCE((SELECT group_concat(value, char(10)) FROM json_each(NEW."Body")), '')
        """;

    private const string QuotationItem = """
        SELECT NEW."Id" * 8 + 2, 'Quotation', NEW."Id", NULL, NEW."Text"
        """;

    // Places are not search results (the API's result union has no Place), so they are not indexed.
    private const string EntityItem = """
        SELECT NEW."Id" * 8 + CASE NEW."Type" WHEN 'Person' THEN 3 WHEN 'Organization' THEN 4 ELSE 5 END,
               NEW."Type", NEW."Id", NEW."Name", (SELECT group_concat(value, char(10)) FROM json_each(NEW."Aliases"))
        WHERE NEW."Type" IN ('Person', 'Organization', 'Event')
        """;

    private const string Insert = $"""INSERT INTO "{Table}" (rowid, "Kind", "ItemId", "Title", "Content") """;

    public const string CreateSql = $"""
        CREATE VIRTUAL TABLE "{Table}" USING fts5("Kind" UNINDEXED, "ItemId" UNINDEXED, "Title", "Content", tokenize = 'unicode61 remove_diacritics 2');

        CREATE TRIGGER "{ArticleInserted}" AFTER INSERT ON "Articles"
        BEGIN
            {Insert}{ArticleItem};
        END;
        CREATE TRIGGER "{ArticleUpdated}" AFTER UPDATE OF "Title", "Subtitle", "Body" ON "Articles"
        BEGIN
            DELETE FROM "{Table}" WHERE rowid = OLD."Id" * 8 + 1;
            {Insert}{ArticleItem};
        END;
        CREATE TRIGGER "{ArticleDeleted}" AFTER DELETE ON "Articles"
        BEGIN
            DELETE FROM "{Table}" WHERE rowid = OLD."Id" * 8 + 1;
        END;

        CREATE TRIGGER "{QuotationInserted}" AFTER INSERT ON "Quotations"
        BEGIN
            {Insert}{QuotationItem};
        END;
        CREATE TRIGGER "{QuotationUpdated}" AFTER UPDATE OF "Text" ON "Quotations"
        BEGIN
            DELETE FROM "{Table}" WHERE rowid = OLD."Id" * 8 + 2;
            {Insert}{QuotationItem};
        END;
        CREATE TRIGGER "{QuotationDeleted}" AFTER DELETE ON "Quotations"
        BEGIN
            DELETE FROM "{Table}" WHERE rowid = OLD."Id" * 8 + 2;
        END;

        CREATE TRIGGER "{EntityInserted}" AFTER INSERT ON "Entities"
        BEGIN
            {Insert}{EntityItem};
        END;
        CREATE TRIGGER "{EntityUpdated}" AFTER UPDATE OF "Name", "Aliases", "Type" ON "Entities"
        BEGIN
            DELETE FROM "{Table}" WHERE rowid IN (OLD."Id" * 8 + 3, OLD."Id" * 8 + 4, OLD."Id" * 8 + 5);
            {Insert}{EntityItem};
        END;
        CREATE TRIGGER "{EntityDeleted}" AFTER DELETE ON "Entities"
        BEGIN
            DELETE FROM "{Table}" WHERE rowid IN (OLD."Id" * 8 + 3, OLD."Id" * 8 + 4, OLD."Id" * 8 + 5);
        END;
        """;

    /// <summary>Indexes the rows a database already has (the triggers only see later changes).</summary>
    public const string FillSql = $"""
        {Insert}
        SELECT "Id" * 8 + 1, 'Article', "Id", "Title",
               COALESCE("Subtitle" || char(10), '') || COALESCE((SELECT group_concat(value, char(10)) FROM json_each("Articles"."Body")), '')
        FROM "Articles";
        {Insert}
        SELECT "Id" * 8 + 2, 'Quotation', "Id", NULL, "Text" FROM "Quotations";
        {Insert}
        SELECT "Id" * 8 + CASE "Type" WHEN 'Person' THEN 3 WHEN 'Organization' THEN 4 ELSE 5 END,
               "Type", "Id", "Name", (SELECT group_concat(value, char(10)) FROM json_each("Entities"."Aliases"))
        FROM "Entities" WHERE "Type" IN ('Person', 'Organization', 'Event');
        """;

    public const string DropSql = $"""
        DROP TRIGGER IF EXISTS "{ArticleInserted}";
        DROP TRIGGER IF EXISTS "{ArticleUpdated}";
        DROP TRIGGER IF EXISTS "{ArticleDeleted}";
        DROP TRIGGER IF EXISTS "{QuotationInserted}";
        DROP TRIGGER IF EXISTS "{QuotationUpdated}";
        DROP TRIGGER IF EXISTS "{QuotationDeleted}";
        DROP TRIGGER IF EXISTS "{EntityInserted}";
        DROP TRIGGER IF EXISTS "{EntityUpdated}";
        DROP TRIGGER IF EXISTS "{EntityDeleted}";
        DROP TABLE IF EXISTS "{Table}";
        """;
}
