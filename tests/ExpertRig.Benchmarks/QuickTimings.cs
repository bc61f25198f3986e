using System.Diagnostics;

namespace ExpertRig.Benchmarks;

/// <summary>A fast timed harness for the engine targets, for when BenchmarkDotNet's minutes are too many.</summary>
internal static class QuickTimings
{
    public static void Run()
    {
        var facts = EngineBenchmarks.Facts();
        var cold = Stopwatch.StartNew();
        var factory = EngineBenchmarks.Repository(200).Compile();
        var compiled = cold.Elapsed;
        var fired = EngineBenchmarks.Run(factory, facts);
        Console.WriteLine($"cold: load+compile 200 rules {compiled.TotalMilliseconds:F1} ms; first Fire ({fired} firings) {(cold.Elapsed - compiled).TotalMilliseconds:F1} ms");

        var hundred = EngineBenchmarks.Repository(100).Compile();
        EngineBenchmarks.Run(hundred, facts);
        var times = new List<double>();
        for (var i = 0; i < 50; i++)
        {
            var watch = Stopwatch.StartNew();
            fired = EngineBenchmarks.Run(hundred, facts);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        Console.WriteLine($"warm: Fire 100 rules x 300 facts ({fired} firings): median {times[25]:F2} ms, min {times[0]:F2} ms");
    }
}
