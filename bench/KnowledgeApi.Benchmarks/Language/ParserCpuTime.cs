using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using KnowledgeApi.GraphQL.Language;

namespace KnowledgeApi.Benchmarks.Language;

/// <summary>
/// Parser cost in CPU time of the parsing thread, next to <c>node bench/js/parse-bench.mjs --cpu</c>.
/// On a shared, overloaded machine wall-clock benchmarks mostly measure how long the thread
/// waited for a core; the CPU time a parse consumes stays comparable between the two runtimes.
/// Run: dotnet run -c Release --project bench/KnowledgeApi.Benchmarks -- parser-cpu [seconds per document]
/// </summary>
internal static class ParserCpuTime
{
    private static readonly string[] Documents = ["introspection", "kitchen-sink", "large"];

    public static void Run(string[] args)
    {
        if (!OperatingSystem.IsLinux())
        {
            Console.WriteLine("parser-cpu reads the thread CPU clock through Linux's clock_gettime; use the BenchmarkDotNet run elsewhere.");
            return;
        }

        var cpuSecondsPerDocument = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 1.5;
        foreach (var name in Documents)
        {
            var source = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Language", "Documents", name + ".graphql"));
            Console.WriteLine(Measure(name, source, cpuSecondsPerDocument));
        }
    }

    private static string Measure(string name, byte[] source, double cpuSeconds)
    {
        // Half a second of warm-up lets tiered compilation finish, then rounds of about 10 ms of
        // CPU: long enough for the clock, short enough for many samples.
        var warmUpEnd = ThreadCpuNanoseconds() + 500_000_000L;
        while (ThreadCpuNanoseconds() < warmUpEnd)
        {
            Time(source, 1);
        }

        var perRound = Math.Max(1, (int)(0.01 / Time(source, 10) * 10));

        var rounds = new List<double>();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var end = ThreadCpuNanoseconds() + (long)(cpuSeconds * 1e9);
        while (ThreadCpuNanoseconds() < end)
        {
            rounds.Add(Time(source, perRound) / perRound * 1e6);
        }

        var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / ((long)rounds.Count * perRound);
        rounds.Sort();
        var median = rounds[rounds.Count / 2];
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{name,-14} {1e6 / median,9:F0} ops/cpu-sec  median {median,9:F2} µs/op  best {rounds[0],9:F2} µs/op  ({allocated} B/op, {perRound} parses x {rounds.Count} rounds)");
    }

    /// <summary>CPU seconds this thread spent parsing <paramref name="source"/> <paramref name="count"/> times.</summary>
    private static double Time(byte[] source, int count)
    {
        var start = ThreadCpuNanoseconds();
        for (var i = 0; i < count; i++)
        {
            Parser.Parse(source);
        }

        return (ThreadCpuNanoseconds() - start) / 1e9;
    }

    private static long ThreadCpuNanoseconds()
    {
        const int ThreadCpuClock = 3; // CLOCK_THREAD_CPUTIME_ID
        var result = NativeMethods.ClockGetTime(ThreadCpuClock, out var time);
        Debug.Assert(result == 0, "clock_gettime failed");
        return (time.Seconds * 1_000_000_000L) + time.Nanoseconds;
    }

    private static class NativeMethods
    {
        [DllImport("libc", EntryPoint = "clock_gettime")]
        public static extern int ClockGetTime(int clock, out TimeSpec time);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
