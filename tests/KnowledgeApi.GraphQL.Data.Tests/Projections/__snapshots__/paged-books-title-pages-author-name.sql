SELECT "b0"."Id", "b0"."Title", 0, "a"."Id", "a"."Name", "b0"."Pages", "b0"."Rating"
FROM (
    SELECT "b"."Id", "b"."AuthorId", "b"."Pages", "b"."Rating", "b"."Title"
    FROM "Books" AS "b"
    ORDER BY "b"."Rating" DESC, "b"."Id"
    LIMIT @p
) AS "b0"
INNER JOIN "Authors" AS "a" ON "b0"."AuthorId" = "a"."Id"
ORDER BY "b0"."Rating" DESC, "b0"."Id"
