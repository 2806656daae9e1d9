// Times graphql-js parse() on the same documents as bench/KnowledgeApi.Benchmarks/Language/
// ParserBenchmarks.cs, so the two throughputs can be compared: a warm-up (so V8 has optimised
// the parser), then fifteen measured rounds; the median round is reported (and the best), as
// BenchmarkDotNet's median is on the .NET side.
// Usage: node bench/js/parse-bench.mjs
import { readFileSync } from 'node:fs';
import { parse } from 'graphql';

const documents = ['introspection', 'kitchen-sink', 'large'];
const folder = new URL('../KnowledgeApi.Benchmarks/Language/Documents/', import.meta.url);

function measure(source, iterations) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) parse(source);
  return Number(process.hrtime.bigint() - start) / 1000 / iterations; // µs per parse
}

for (const name of documents) {
  const source = readFileSync(new URL(`${name}.graphql`, folder), 'utf8');
  // Warm up for about a second so V8 has optimised the parser, then size rounds to ~0.5 s.
  const warmUpEnd = Date.now() + 1000;
  while (Date.now() < warmUpEnd) measure(source, 10);
  const perParse = measure(source, 100);
  const iterations = Math.max(100, Math.round(500_000 / Math.max(perParse, 0.01)));
  const rounds = [];
  for (let round = 0; round < 15; round++) rounds.push(measure(source, iterations));
  rounds.sort((a, b) => a - b);
  const median = rounds[Math.floor(rounds.length / 2)];
  console.log(`${name.padEnd(14)} ${(1_000_000 / median).toFixed(0).padStart(9)} ops/sec  median ${median.toFixed(2).padStart(9)} µs/op  best ${rounds[0].toFixed(2).padStart(9)} µs/op  (${source.length} chars, ${iterations} iterations x 15 rounds)`);
}
