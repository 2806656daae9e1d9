namespace KnowledgeApi.Knowledge;

/// <summary>
/// The SQLite triggers that keep <see cref="Model.Quotation.SpeakerName"/> equal to the speaker
/// entity's name. Triggers rather than application code because anything may rename an entity
/// (a curation mutation, a SQL fix-up) and the stored column must never drift from it.
/// The initial migration runs this SQL: changing a trigger later needs a new migration that
/// drops and recreates it, not an edit here.
/// </summary>
internal static class KnowledgeTriggers
{
    public const string EntityRenamed = "TR_Entities_Renamed";

    public const string QuotationInserted = "TR_Quotations_Inserted";

    public const string QuotationSpeakerChanged = "TR_Quotations_SpeakerChanged";

    // The speaker's current name wins; an unnamed speaker is known by the article's descriptor.
    public const string CreateSql = """
        CREATE TRIGGER "TR_Entities_Renamed" AFTER UPDATE OF "Name" ON "Entities"
        BEGIN
            UPDATE "Quotations" SET "SpeakerName" = NEW."Name" WHERE "SpeakerId" = NEW."Id";
        END;
        CREATE TRIGGER "TR_Quotations_Inserted" AFTER INSERT ON "Quotations"
        BEGIN
            UPDATE "Quotations"
            SET "SpeakerName" = COALESCE((SELECT "Name" FROM "Entities" WHERE "Id" = NEW."SpeakerId"), NEW."SpeakerDescriptor")
            WHERE "Id" = NEW."Id";
        END;
        CREATE TRIGGER "TR_Quotations_SpeakerChanged" AFTER UPDATE OF "SpeakerId", "SpeakerDescriptor" ON "Quotations"
        BEGIN
            UPDATE "Quotations"
            SET "SpeakerName" = COALESCE((SELECT "Name" FROM "Entities" WHERE "Id" = NEW."SpeakerId"), NEW."SpeakerDescriptor")
            WHERE "Id" = NEW."Id";
        END;
        """;

    public const string DropSql = """
        DROP TRIGGER IF EXISTS "TR_Entities_Renamed";
        DROP TRIGGER IF EXISTS "TR_Quotations_Inserted";
        DROP TRIGGER IF EXISTS "TR_Quotations_SpeakerChanged";
        """;
}
