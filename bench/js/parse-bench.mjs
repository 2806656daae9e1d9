// Times graphql-js parse() on the same documents as bench/KnowledgeApi.Benchmarks/Language/
// ParserBenchmarks.cs, so the two throughputs can be compared: a warm-up (so V8 has optimised
// the parser), then fifteen measured rounds; the median round is reported (and the best), as
// BenchmarkDotNet's median is on the .NET side.
// With --cpu, rounds are timed in CPU time of the process instead of wall-clock time, next to
// `dotnet run -c Release --project bench/KnowledgeApi.Benchmarks -- parser-cpu`: on a shared,
// overloaded machine wall-clock time mostly measures waiting for a core.
// Usage: node bench/js/parse-bench.mjs [--cpu]
import { readFileSync } from 'node:fs';
import { parse } from 'graphql';

const documents = ['introspection', 'kitchen-sink', 'large'];
const folder = new URL('../KnowledgeApi.Benchmarks/Language/Documents/', import.meta.url);
const cpu = process.argv.includes('--cpu');

// Microseconds now, of wall-clock or (with --cpu) of user + system CPU time of this process.
function now() {
  if (cpu) {
    const usage = process.cpuUsage();
    return usage.user + usage.system;
  }
  return Number(process.hrtime.bigint()) / 1000;
}

function measure(source, iterations) {
  const start = now();
  for (let i = 0; i < iterations; i++) parse(source);
  return (now() - start) / iterations; // µs per parse
}

for (const name of documents) {
  const source = readFileSync(new URL(`${name}.graphql`, folder), 'utf8');
  // Warm up for about a second so V8 has optimised the parser, then size rounds to ~0.5 s
  // (~0.1 s of CPU with --cpu: CPU time needs no long rounds to even out, and a busy machine hands it out slowly).
  const warmUpEnd = now() + 1_000_000;
  while (now() < warmUpEnd) measure(source, 10);
  const perParse = measure(source, 100);
  const roundMicroseconds = cpu ? 100_000 : 500_000;
  const iterations = Math.max(100, Math.round(roundMicroseconds / Math.max(perParse, 0.01)));
  const rounds = [];
  for (let round = 0; round < 15; round++) rounds.push(measure(source, iterations));
  rounds.sort((a, b) => a - b);
  const median = rounds[Math.floor(rounds.length / 2)];
  const unit = cpu ? 'ops/cpu-sec' : 'ops/sec';
  console.log(`${name.padEnd(14)} ${(1_000_000 / median).toFixed(0).padStart(9)} ${unit}  median ${median.toFixed(2).padStart(9)} µs/op  best ${rounds[0].toFixed(2).padStart(9)} µs/op  (${source.length} chars, ${iterations} iterations x 15 rounds)`);
}
