using System.Diagnostics;
using System.Globalization;
using CsCheck;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Profiles;
using ExpertRig.Engine.Runtime;
using ExpertRig.Verification.Tests.Support;

namespace ExpertRig.Benchmarks;

/// <summary>
/// Issue 11's figures, one <c>name: value</c> line each: the matcher's work on docs/examples/typical.yaml (condition
/// evaluations, per candidate build), how that work grows when the archetype set is replicated from 16 to 64
/// candidates, the warm consultation time, and the single-thread throughput over the consistency sweep's profiles.
/// </summary>
internal static class EngineFigures
{
    /// <summary>Profiles in the single-thread sweep (the suite's sweep draws from the same generator).</summary>
    private const int SweepProfiles = 300;

    public static void Run(Advisor.Advisor advisor, Profile typical)
    {
        var (evaluations, builds) = Work(advisor, typical);
        Line("condition_evaluations_per_consultation", evaluations);
        Line("candidate_builds", builds);
        Line("evaluations_per_candidate", Math.Round((double)evaluations / builds, 1));

        var (at16, builds16) = Work(Replicated(advisor, 16), typical);
        var (at64, builds64) = Work(Replicated(advisor, 64), typical);
        Line("evaluations_at_16_candidates", at16);
        Line("evaluations_at_64_candidates", at64);
        Console.WriteLine($"# replicated candidates: {builds16} and {builds64} builds");
        Line("evaluations_scaling_64_over_16", Math.Round((double)at64 / at16, 2));

        var wide = Replicated(advisor, 64);
        wide.Consult(typical);
        Line("consultation_warm_64_candidates_ms_median", Median(20, () => wide.Consult(typical)));
        // Warm means after the tiered delegates have compiled: each is interpreted for its first 256 calls (ADR 0002).
        for (var i = 0; i < 300; i++)
        {
            advisor.Consult(typical);
        }

        // typical.yaml after 300 consultations (every hot delegate compiled), median wall time of 40.
        Line("consultation_warm_ms_median", Median(40, () => advisor.Consult(typical)));

        // CPU time is far less disturbed than wall time when other processes load the machine.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < 40; i++)
        {
            advisor.Consult(typical);
        }

        Line("consultation_warm_cpu_ms_mean", Math.Round((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / 40, 2));

        var profiles = Sweep(SweepProfiles);
        foreach (var profile in profiles.Take(20))
        {
            advisor.Consult(profile);
        }

        var clock = Stopwatch.StartNew();
        foreach (var profile in profiles)
        {
            advisor.Consult(profile);
        }

        Line("sweep_profiles_per_s", Math.Round(profiles.Count / clock.Elapsed.TotalSeconds, 1));
        var sweepCpu = Process.GetCurrentProcess().TotalProcessorTime;
        foreach (var profile in profiles)
        {
            advisor.Consult(profile);
        }

        Line("sweep_profiles_per_cpu_s", Math.Round(profiles.Count / (Process.GetCurrentProcess().TotalProcessorTime - sweepCpu).TotalSeconds, 1));
    }

    /// <summary>
    /// Only the single-thread sweep figures, over <paramref name="count"/> of the sweep's profiles after a warm-up
    /// pass, with CPU time and bytes allocated per profile: a quick before/after check on a loaded machine.
    /// </summary>
    public static void SweepOnly(int count, int passes = 1)
    {
        var advisor = Advisor.Advisor.Default;
        var profiles = Sweep(count);
        foreach (var profile in profiles)
        {
            advisor.Consult(profile);
        }

        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        foreach (var profile in profiles)
        {
            advisor.Consult(profile);
        }

        var elapsed = clock.Elapsed.TotalSeconds;
        Line("sweep_profiles_per_s", Math.Round(profiles.Count / elapsed, 1));
        Line("sweep_profiles_per_cpu_s", Math.Round(profiles.Count / (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds, 1));
        Line("sweep_allocated_kib_per_profile", Math.Round((GC.GetAllocatedBytesForCurrentThread() - bytes) / 1024.0 / profiles.Count));
        if (passes <= 1)
        {
            return;
        }

        // On a loaded machine the fastest of several passes is the steadiest figure (other processes only slow a pass).
        var best = double.MaxValue;
        for (var pass = 0; pass < passes; pass++)
        {
            var started = Process.GetCurrentProcess().TotalProcessorTime;
            foreach (var profile in profiles)
            {
                advisor.Consult(profile);
            }

            best = Math.Min(best, (Process.GetCurrentProcess().TotalProcessorTime - started).TotalSeconds);
        }

        Line("sweep_profiles_per_cpu_s_best_pass", Math.Round(profiles.Count / best, 1));
    }

    /// <summary>Consults in a loop, for a sampling profiler: typical.yaml, or the sweep's profiles, <paramref name="rounds"/> times.</summary>
    public static void Soak(string what, int rounds)
    {
        var advisor = Advisor.Advisor.Default;
        var profiles = what == "sweep" ? Sweep(SweepProfiles) : [advisor.ProfileLoader.Load(QuickTimings.TypicalProfile)];
        var clock = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var profile in profiles)
            {
                advisor.Consult(profile);
            }
        }

        Console.WriteLine($"soak {what}: {rounds * profiles.Count} consultations in {clock.Elapsed.TotalSeconds:F1} s");
    }

    private static (long Evaluations, int Builds) Work(Advisor.Advisor advisor, Profile profile)
    {
        advisor.Consult(profile);
        var before = EngineCounters.ConditionEvaluations;
        var consultation = advisor.Consult(profile);
        return (EngineCounters.ConditionEvaluations - before, consultation.Session.Query<Build>().Count);
    }

    /// <summary>The shipped archetypes copied (under new ids) until there are <paramref name="count"/>.</summary>
    private static Advisor.Advisor Replicated(Advisor.Advisor advisor, int count)
    {
        var archetypes = Enumerable.Range(0, count)
            .Select(i => advisor.Archetypes[i % advisor.Archetypes.Count] with
            {
                Id = $"{advisor.Archetypes[i % advisor.Archetypes.Count].Id}-{i / advisor.Archetypes.Count}",
            })
            .ToList();
        return new Advisor.Advisor(advisor.Knowledge, archetypes, ExpertRig.Rules.KnowledgeBase.Factory);
    }

    // The consistency sweep's generator (tests/ExpertRig.Verification.Tests/Support/ProfileSpace.cs), same seed.
    internal static List<Profile> Sweep(int count)
    {
        var pcg = new PCG(1, 20260402);
        return [.. Enumerable.Range(0, count).Select(_ => ProfileSpace.Profiles.Generate(pcg, null, out Size _))];
    }

    private static double Median(int runs, Action run)
    {
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            run();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return Math.Round(times[runs / 2], 2);
    }

    private static void Line(string name, double value) =>
        Console.WriteLine($"{name}: {value.ToString(CultureInfo.InvariantCulture)}");
}
