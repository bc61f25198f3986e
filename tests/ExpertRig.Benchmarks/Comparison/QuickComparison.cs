using System.Diagnostics;
using System.Globalization;

namespace ExpertRig.Benchmarks.Comparison;

/// <summary>
/// The comparison of <see cref="ComparisonBenchmarks"/> as a timed harness (<c>--compare</c>), for when
/// BenchmarkDotNet's minutes are too many on a shared machine: cold once per engine, then the warm median.
/// </summary>
internal static class QuickComparison
{
    public static void Run()
    {
        foreach (var builds in new[] { 16, 64 })
        {
            var facts = Consultations.Facts(builds);
            var clock = Stopwatch.StartNew();
            var ours = Consultations.Ours();
            Consultations.Run(ours, facts);
            Line($"comparison_expertrig_cold_ms_{builds}", clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            var theirs = Consultations.Theirs();
            Consultations.Run(theirs, facts);
            Line($"comparison_nrules_cold_ms_{builds}", clock.Elapsed.TotalMilliseconds);
            Line($"comparison_expertrig_warm_ms_{builds}", Median(15, () => Consultations.Run(ours, facts)));
            var before = Engine.Runtime.EngineCounters.ConditionEvaluations;
            Consultations.Run(ours, facts);
            Console.WriteLine($"comparison_expertrig_evaluations_{builds}: {Engine.Runtime.EngineCounters.ConditionEvaluations - before}");
            Line($"comparison_nrules_warm_ms_{builds}", Median(builds > 16 ? 3 : 7, () => Consultations.Run(theirs, facts)));
        }
    }

    private static double Median(int runs, Action run)
    {
        run();
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            run();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times[runs / 2];
    }

    private static void Line(string name, double ms) =>
        Console.WriteLine($"{name}: {Math.Round(ms, 2).ToString(CultureInfo.InvariantCulture)}");
}
