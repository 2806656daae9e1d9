using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KnowledgeApi.Knowledge.Migrations
{
    /// <inheritdoc />
    public partial class InitialKnowledgeBase : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Entities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Aliases = table.Column<string>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Confirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PlaceId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Entities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Entities_Entities_PlaceId",
                        column: x => x.PlaceId,
                        principalTable: "Entities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Articles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Subtitle = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SourceName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublishedOnPrecision = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Dateline = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PublisherId = table.Column<int>(type: "INTEGER", nullable: true),
                    ContentHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    WordCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Articles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Articles_Entities_PublisherId",
                        column: x => x.PublisherId,
                        principalTable: "Entities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "EntityKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EntityId = table.Column<int>(type: "INTEGER", nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EntityKeys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EntityKeys_Entities_EntityId",
                        column: x => x.EntityId,
                        principalTable: "Entities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ArticleAuthors",
                columns: table => new
                {
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticleAuthors", x => new { x.ArticleId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_ArticleAuthors_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ArticleAuthors_Entities_PersonId",
                        column: x => x.PersonId,
                        principalTable: "Entities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EntityLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FromId = table.Column<int>(type: "INTEGER", nullable: false),
                    ToId = table.Column<int>(type: "INTEGER", nullable: false),
                    Relation = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EntityLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EntityLinks_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EntityLinks_Entities_FromId",
                        column: x => x.FromId,
                        principalTable: "Entities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EntityLinks_Entities_ToId",
                        column: x => x.ToId,
                        principalTable: "Entities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Mentions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    EntityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParagraphIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    StartOffset = table.Column<int>(type: "INTEGER", nullable: false),
                    Length = table.Column<int>(type: "INTEGER", nullable: false),
                    SurfaceForm = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Mentions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Mentions_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Mentions_Entities_EntityId",
                        column: x => x.EntityId,
                        principalTable: "Entities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Quotations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    ParagraphIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    StartOffset = table.Column<int>(type: "INTEGER", nullable: false),
                    Length = table.Column<int>(type: "INTEGER", nullable: false),
                    IsFragment = table.Column<bool>(type: "INTEGER", nullable: false),
                    Verb = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    SpeakerId = table.Column<int>(type: "INTEGER", nullable: true),
                    SpeakerDescriptor = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SpeakerName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Quotations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Quotations_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Quotations_Entities_SpeakerId",
                        column: x => x.SpeakerId,
                        principalTable: "Entities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ArticleAuthors_ArticleId_Position",
                table: "ArticleAuthors",
                columns: new[] { "ArticleId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ArticleAuthors_PersonId",
                table: "ArticleAuthors",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_PublishedOn",
                table: "Articles",
                column: "PublishedOn");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_PublisherId",
                table: "Articles",
                column: "PublisherId");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Slug",
                table: "Articles",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_SourceName",
                table: "Articles",
                column: "SourceName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Articles_Title",
                table: "Articles",
                column: "Title");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_WordCount",
                table: "Articles",
                column: "WordCount");

            migrationBuilder.CreateIndex(
                name: "IX_Entities_Confirmed",
                table: "Entities",
                column: "Confirmed");

            migrationBuilder.CreateIndex(
                name: "IX_Entities_Kind",
                table: "Entities",
                column: "Kind");

            migrationBuilder.CreateIndex(
                name: "IX_Entities_Name",
                table: "Entities",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Entities_PlaceId",
                table: "Entities",
                column: "PlaceId");

            migrationBuilder.CreateIndex(
                name: "IX_Entities_StartsOn",
                table: "Entities",
                column: "StartsOn");

            migrationBuilder.CreateIndex(
                name: "IX_Entities_Type",
                table: "Entities",
                column: "Type");

            migrationBuilder.CreateIndex(
                name: "IX_EntityKeys_EntityId",
                table: "EntityKeys",
                column: "EntityId");

            migrationBuilder.CreateIndex(
                name: "IX_EntityKeys_EntityType_Value",
                table: "EntityKeys",
                columns: new[] { "EntityType", "Value" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EntityLinks_ArticleId",
                table: "EntityLinks",
                column: "ArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_EntityLinks_FromId_ToId_Relation_ArticleId",
                table: "EntityLinks",
                columns: new[] { "FromId", "ToId", "Relation", "ArticleId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EntityLinks_Relation",
                table: "EntityLinks",
                column: "Relation");

            migrationBuilder.CreateIndex(
                name: "IX_EntityLinks_ToId",
                table: "EntityLinks",
                column: "ToId");

            migrationBuilder.CreateIndex(
                name: "IX_Mentions_ArticleId_ParagraphIndex_StartOffset_EntityId",
                table: "Mentions",
                columns: new[] { "ArticleId", "ParagraphIndex", "StartOffset", "EntityId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Mentions_EntityId",
                table: "Mentions",
                column: "EntityId");

            migrationBuilder.CreateIndex(
                name: "IX_Quotations_ArticleId_ParagraphIndex_StartOffset",
                table: "Quotations",
                columns: new[] { "ArticleId", "ParagraphIndex", "StartOffset" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Quotations_IsFragment",
                table: "Quotations",
                column: "IsFragment");

            migrationBuilder.CreateIndex(
                name: "IX_Quotations_SpeakerId",
                table: "Quotations",
                column: "SpeakerId");

            migrationBuilder.CreateIndex(
                name: "IX_Quotations_SpeakerName",
                table: "Quotations",
                column: "SpeakerName");

            migrationBuilder.CreateIndex(
                name: "IX_Quotations_Verb",
                table: "Quotations",
                column: "Verb");

            // Keeps Quotations.SpeakerName equal to the speaker entity's name (see KnowledgeTriggers).
            migrationBuilder.Sql(KnowledgeTriggers.CreateSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(KnowledgeTriggers.DropSql);

            migrationBuilder.DropTable(
                name: "ArticleAuthors");

            migrationBuilder.DropTable(
                name: "EntityKeys");

            migrationBuilder.DropTable(
                name: "EntityLinks");

            migrationBuilder.DropTable(
                name: "Mentions");

            migrationBuilder.DropTable(
                name: "Quotations");

            migrationBuilder.DropTable(
                name: "Articles");

            migrationBuilder.DropTable(
                name: "Entities");
        }
    }
}
