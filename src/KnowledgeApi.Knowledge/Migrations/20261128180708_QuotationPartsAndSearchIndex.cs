using KnowledgeApi.Knowledge.Search;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KnowledgeApi.Knowledge.Migrations
{
    /// <inheritdoc />
    public partial class QuotationPartsAndSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Parts",
                table: "Quotations",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            // Quotations stored before parts existed had only their first part's position.
            migrationBuilder.Sql("""
                UPDATE "Quotations"
                SET "Parts" = json_array(json_object('ParagraphIndex', "ParagraphIndex", 'StartOffset', "StartOffset", 'Length', "Length"));
                """);

            // The full-text index and the triggers that keep it in step (see SearchIndexSql), then
            // the rows that are already there.
            migrationBuilder.Sql(SearchIndexSql.CreateSql);
            migrationBuilder.Sql(SearchIndexSql.FillSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SearchIndexSql.DropSql);

            // Not DropColumn: EF Core drops a SQLite column by rebuilding the table at the end of
            // the migration, which fails on the triggers that name it. SQLite (3.35+) drops an
            // unindexed column in place.
            migrationBuilder.Sql("""ALTER TABLE "Quotations" DROP COLUMN "Parts";""");
        }
    }
}
