SELECT "b"."Id", "b"."AuthorId", "b"."CriticScore", "b"."DiscountPrice", "b"."Edition", "b"."ExternalKey", "b"."Genre", "b"."InPrint", "b"."Isbn", "b"."Key", "b"."Keywords", "b"."LastPrintedAt", "b"."OutOfPrintOn", "b"."Pages", "b"."Price", "b"."PublishedAt", "b"."Rating", "b"."ReleaseDay", "b"."SalesRank", "b"."SecondaryGenre", "b"."Signed", "b"."Subtitle", "b"."Title", "b"."UpdatedAt"
FROM "Books" AS "b"
WHERE "b"."Subtitle" IS NULL AND ("b"."Edition" <= @Value OR "b"."Edition" IS NULL) AND ("b"."Edition" < @Value1 OR "b"."Edition" IS NULL OR ("b"."Edition" = @Value2 AND "b"."Id" > @Value3))
ORDER BY "b"."Subtitle", "b"."Edition" DESC, "b"."Id"
LIMIT @p
-- @Value = 7
-- @Value1 = 7
-- @Value2 = 7
-- @Value3 = 188
-- @p = 11
