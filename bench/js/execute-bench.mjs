// Times graphql-js execute() on the same schema and documents as
// bench/KnowledgeApi.Benchmarks/Execution/ExecutionBenchmarks.cs: the full introspection query and
// the small three-field query, each with the document parsed once (execute only, the fair match
// for our cached path) and parsed + validated every time (what a graphql-js server does per
// request), result serialised with JSON.stringify as ours is written to a buffer. A warm-up, then
// fifteen measured rounds; the median round is reported (and the best).
// Usage: node bench/js/execute-bench.mjs
import { readFileSync } from 'node:fs';
import { buildSchema, execute, parse, validate } from 'graphql';

const folder = new URL('../KnowledgeApi.Benchmarks/Execution/Documents/', import.meta.url);
const schema = buildSchema(readFileSync(new URL('schema.graphql', folder), 'utf8'));
// The introspection query is shared with the parser and validation benchmarks.
const documentUrls = {
  introspection: new URL('../KnowledgeApi.Benchmarks/Language/Documents/introspection.graphql', import.meta.url),
  small: new URL('small.graphql', folder),
};

// The benchmark data of BenchNews: what the three-field query reads.
const organization = { __typename: 'Organization', id: 'o1', name: 'Example Corp', kind: 'ORGANIZATION', aliases: [], website: 'https://example.org', employees: 120 };
const ada = { __typename: 'Person', id: 'p1', name: 'Ada Example', kind: 'PERSON', aliases: ['A. Example'], nationality: 'Utopian', bornAt: null, employer: organization };
const sections = ['WORLD', 'POLITICS', 'BUSINESS', 'SCIENCE', 'CULTURE'];
const articles = Array.from({ length: 10 }, (_, n) => ({
  __typename: 'Article', id: `a${n + 1}`, title: `Article number ${n + 1}`, summary: 'A summary.', section: sections[(n + 1) % 5],
}));
const rootValue = {
  version: '1.0.0',
  article: ({ id }) => articles.find((a) => a.id === id) ?? null,
  entity: ({ id }) => [ada, organization].find((e) => e.id === id) ?? null,
};

function measure(run, iterations) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) run();
  return Number(process.hrtime.bigint() - start) / 1000 / iterations; // µs per run
}

function bench(name, run) {
  const warmUpEnd = Date.now() + 1000;
  while (Date.now() < warmUpEnd) measure(run, 10);
  const perRun = measure(run, 20);
  const iterations = Math.max(20, Math.round(500_000 / Math.max(perRun, 0.01)));
  const rounds = [];
  for (let round = 0; round < 15; round++) rounds.push(measure(run, iterations));
  rounds.sort((a, b) => a - b);
  const median = rounds[Math.floor(rounds.length / 2)];
  console.log(`${name.padEnd(30)} median ${median.toFixed(2).padStart(9)} µs/op  best ${rounds[0].toFixed(2).padStart(9)} µs/op  (${iterations} iterations x 15 rounds)`);
}

for (const name of ['introspection', 'small']) {
  const source = readFileSync(documentUrls[name], 'utf8');
  const document = parse(source);
  const check = execute({ schema, document, rootValue });
  if (check.errors) throw new Error(`${name}: ${check.errors[0].message}`);
  bench(`${name} (execute)`, () => JSON.stringify(execute({ schema, document, rootValue })));
  bench(`${name} (parse+validate+execute)`, () => {
    const parsed = parse(source);
    validate(schema, parsed);
    return JSON.stringify(execute({ schema, document: parsed, rootValue }));
  });
}
