// Writes bench/KnowledgeApi.Benchmarks/Language/Documents/large.graphql: a ~100 KB query of
// realistic shape (aliases, arguments of every value kind, nested selections, fragments,
// strings with escapes and non-ASCII text), deterministic so the file never changes by itself.
import { writeFileSync } from 'node:fs';

const parts = ['query LargeArticleQuery($first: Int = 20, $after: String, $lang: String = "en") {'];
let i = 0;
while (parts.join('\n').length < 100_000) {
  parts.push(`  article${i}: article(id: "article-${i}", lang: $lang, options: {includeDrafts: false, score: ${i}.5, tags: ["politik", "wirtschaft", "Zoë ${i}"]}) {
    id
    headline
    publishedAt @include(if: true)
    paragraphs(first: $first, after: $after) {
      edges { cursor node { index text(format: PLAIN) } }
      pageInfo { hasNextPage endCursor }
    }
    people(role: SPEAKER, minConfidence: 0.75) { ...PersonFields }
    quotations(orderBy: [{field: POSITION, direction: ASC}]) {
      text
      speaker { ... on Person { name } ... on Organization { name country } }
      note: context(maxLength: 120, ellipsis: "\\u2026 \\"cut\\"")
    }
  }`);
  i++;
}
parts.push('}');
parts.push('');
parts.push('fragment PersonFields on Person { id name aliases birthDate organizations { id name } }');
writeFileSync(new URL('../KnowledgeApi.Benchmarks/Language/Documents/large.graphql', import.meta.url), parts.join('\n') + '\n');
