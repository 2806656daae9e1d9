using BenchmarkDotNet.Running;
using KnowledgeApi.Benchmarks.Knowledge;

// Any type of this assembly names it; not `Program`, which the referenced server also declares.
BenchmarkSwitcher.FromAssembly(typeof(KnowledgeQueryBenchmarks).Assembly).Run(args);
