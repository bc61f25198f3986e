using System.Diagnostics;

namespace ExpertRig.Benchmarks;

/// <summary>A fast timed harness for the engine targets, for when BenchmarkDotNet's minutes are too many.</summary>
internal static class QuickTimings
{
    /// <summary>docs/examples/typical.yaml, found from the working directory or above the binary.</summary>
    public static string TypicalProfile => new[] { Environment.CurrentDirectory, AppContext.BaseDirectory }
        .SelectMany(start => Ancestors(new DirectoryInfo(start)))
        .Select(dir => Path.Combine(dir.FullName, "docs", "examples", "typical.yaml"))
        .First(File.Exists);

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

        var advisor = Advisor.Advisor.Default;
        var profile = advisor.ProfileLoader.Load(TypicalProfile);
        var first = Stopwatch.StartNew();
        var firings = advisor.Consult(profile).Session.Journal.Count;
        Console.WriteLine($"first consultation of typical.yaml ({firings} firings, catalog and rules loaded): {first.Elapsed.TotalMilliseconds:F0} ms");
        var consultations = new List<double>();
        for (var i = 0; i < 20; i++)
        {
            var watch = Stopwatch.StartNew();
            advisor.Consult(profile);
            consultations.Add(watch.Elapsed.TotalMilliseconds);
        }

        consultations.Sort();

        // The 20 consultations right after the first: the rule delegates still run interpreted (each compiles after
        // 256 calls, ADR 0002), so this is what a short-lived process sees. consultation_warm_ms_median below is
        // taken after 300 consultations, every hot delegate compiled: the steady state of a sweep or a server.
        Console.WriteLine($"consultation_early_ms_median: {consultations[10].ToString("F1", System.Globalization.CultureInfo.InvariantCulture)} (consultations 2-21 of typical.yaml, delegates still interpreted; min {consultations[0]:F1} ms)");
        EngineFigures.Run(advisor, profile);
        Breakdown.Run("typical", 20);
    }

    private static IEnumerable<DirectoryInfo> Ancestors(DirectoryInfo? dir)
    {
        for (; dir is not null; dir = dir.Parent)
        {
            yield return dir;
        }
    }
}
