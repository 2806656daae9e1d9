using BenchmarkDotNet.Running;
using KnowledgeApi.Benchmarks.Knowledge;

// `parser-cpu`: the parser's CPU time per document, for comparison with parse-bench.mjs --cpu on a busy machine.
if (args is ["parser-cpu", .. var rest])
{
    KnowledgeApi.Benchmarks.Language.ParserCpuTime.Run(rest);
    return;
}

// Any type of this assembly names it; not `Program`, which the referenced server also declares.
BenchmarkSwitcher.FromAssembly(typeof(KnowledgeQueryBenchmarks).Assembly).Run(args);
