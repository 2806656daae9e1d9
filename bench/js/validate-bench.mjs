// Times graphql-js validate() (specifiedRules) on the same documents and schema as
// bench/KnowledgeApi.Benchmarks/Validation/ValidationBenchmarks.cs: the introspection query, a
// large generated query, and the hostile documents (10,000 aliases, a 1,000-fragment chain, a
// fragment cycle, nesting as deep as the parser allows). Parsing is outside the timing, as on
// the .NET side. A warm-up, then fifteen measured rounds; the median round is reported.
// Usage: node bench/js/validate-bench.mjs
import { readFileSync } from 'node:fs';
import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { hostileDocuments, largeValidationQuery } from './validation-documents.mjs';

const folder = new URL('../KnowledgeApi.Benchmarks/', import.meta.url);
const schema = buildSchema(readFileSync(new URL('Validation/Documents/schema.graphql', folder), 'utf8'));
const documents = {
  introspection: readFileSync(new URL('Language/Documents/introspection.graphql', folder), 'utf8'),
  large: largeValidationQuery(),
  ...hostileDocuments(),
};

function measure(document, iterations) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) validate(schema, document, specifiedRules);
  return Number(process.hrtime.bigint() - start) / 1000 / iterations; // µs per validation
}

for (const [name, source] of Object.entries(documents)) {
  const document = parse(source, { maxTokens: 1_000_000 });
  const errors = validate(schema, document, specifiedRules).length;
  const warmUpEnd = Date.now() + 1000;
  while (Date.now() < warmUpEnd) measure(document, 1);
  const perRun = measure(document, 3);
  const iterations = Math.max(3, Math.round(300_000 / Math.max(perRun, 0.01)));
  const rounds = [];
  for (let round = 0; round < 15; round++) rounds.push(measure(document, iterations));
  rounds.sort((a, b) => a - b);
  const median = rounds[Math.floor(rounds.length / 2)];
  console.log(`${name.padEnd(16)} median ${median.toFixed(2).padStart(10)} µs/op  best ${rounds[0].toFixed(2).padStart(10)} µs/op  (${source.length} chars, ${errors} errors, ${iterations} iterations x 15 rounds)`);
}
