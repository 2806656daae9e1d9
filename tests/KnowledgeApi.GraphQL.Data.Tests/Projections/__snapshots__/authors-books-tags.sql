SELECT "a"."Id", "a"."Name", "s0"."Id", "s0"."Title", "s0"."Id0", "s0"."Name", "s0"."BooksId", "s0"."TagsId"
FROM "Authors" AS "a"
LEFT JOIN (
    SELECT "b"."Id", "b"."Title", "s"."Id" AS "Id0", "s"."Name", "s"."BooksId", "s"."TagsId", "b"."AuthorId"
    FROM "Books" AS "b"
    LEFT JOIN (
        SELECT "t"."Id", "t"."Name", "b0"."BooksId", "b0"."TagsId"
        FROM "BookTag" AS "b0"
        INNER JOIN "Tags" AS "t" ON "b0"."TagsId" = "t"."Id"
    ) AS "s" ON "b"."Id" = "s"."BooksId"
) AS "s0" ON "a"."Id" = "s0"."AuthorId"
WHERE "a"."Id" <= 3
ORDER BY "a"."Id", "s0"."Id", "s0"."BooksId", "s0"."TagsId"
