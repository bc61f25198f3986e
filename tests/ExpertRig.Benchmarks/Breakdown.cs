using System.Diagnostics;
using System.Globalization;
using ExpertRig.Domain.Builds.Composition;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Engine.Runtime;

namespace ExpertRig.Benchmarks;

/// <summary>
/// Where a consultation's time goes: the composer, the matcher (change propagation), each rule's actions (their own
/// time, propagation excluded), and what is left (session set-up, inserting facts); with the bytes allocated.
/// The session is run as <see cref="Advisor.Advisor"/> runs it (same facts, same order), so the rule events can be read.
/// </summary>
internal static class Breakdown
{
    public static void Run(string what, int rounds)
    {
        var advisor = Advisor.Advisor.Default;
        var profiles = what == "sweep" ? EngineFigures.Sweep(300) : [advisor.ProfileLoader.Load(QuickTimings.TypicalProfile)];
        for (var i = 0; i < 300; i++)
        {
            Consult(advisor, profiles[i % profiles.Count], null);
        }

        var totals = new Totals();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var profile in profiles)
            {
                Consult(advisor, profile, totals);
            }
        }

        var n = (double)rounds * profiles.Count;
        string Ms(long ticks) => (ticks * 1000.0 / Stopwatch.Frequency / n).ToString("F3", CultureInfo.InvariantCulture);
        Console.WriteLine($"# breakdown over {n} consultations of {what}, per consultation (ms):");
        Console.WriteLine($"total {Ms(totals.Total)}; compose {Ms(totals.Compose)}; matcher {Ms(totals.Match)}; rule actions {Ms(totals.Rules.Values.Sum())}; rest {Ms(totals.Total - totals.Compose - totals.Match - totals.Rules.Values.Sum())}");
        Console.WriteLine($"allocated per consultation: {totals.Bytes / n / 1024:F0} KiB (compose {totals.ComposeBytes / n / 1024:F0}); gen0 GCs {totals.Gen0}, gen1 {totals.Gen1}, gen2 {totals.Gen2}");
        Console.WriteLine($"re-matches per consultation: {totals.Rematches / n:F0}");
        foreach (var (rule, ticks) in totals.Rules.OrderByDescending(p => p.Value).Take(15))
        {
            Console.WriteLine($"  {rule}: {Ms(ticks)} ms, {totals.Firings[rule] / n:F1} firings, {totals.RuleBytes[rule] / n / 1024:F0} KiB allocated (its propagation included)");
        }
    }

    private static void Consult(Advisor.Advisor advisor, Profile profile, Totals? totals)
    {
        var gc0 = GC.CollectionCount(0);
        var gc1 = GC.CollectionCount(1);
        var gc2 = GC.CollectionCount(2);
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        var started = Stopwatch.GetTimestamp();
        var match = EngineCounters.MatchTicks;
        var rematches = EngineCounters.Rematches;
        var knowledge = advisor.Knowledge;
        var session = ExpertRig.Rules.KnowledgeBase.Factory.CreateSession();
        var requirements = new Requirements(profile);
        var needs = profile.Workloads.Select((w, i) => new WorkloadNeed(
            i, w, knowledge.Catalog.FindModel(w.Model), w.Quant is null ? null : knowledge.Catalog.Quantizations.Find(w.Quant))
        {
            QualityFloor = profile.MinQuality is null ? null : knowledge.Catalog.Quantizations.Find(profile.MinQuality),
        }).ToList();
        session.Insert(knowledge);
        session.Insert(requirements);
        session.InsertAll(needs);
        var composeStarted = Stopwatch.GetTimestamp();
        var composeBytes = GC.GetAllocatedBytesForCurrentThread();
        var composition = BuildComposer.Compose(advisor.Archetypes, requirements, needs, knowledge);
        composeBytes = GC.GetAllocatedBytesForCurrentThread() - composeBytes;
        var compose = Stopwatch.GetTimestamp() - composeStarted;
        session.InsertAll(composition.Candidates);
        session.InsertAll(composition.Pruned);
        string? firing = null;
        long firingStarted = 0, firingMatch = 0, firingBytes = 0;
        session.Events.RuleFiringEvent += (_, e) =>
        {
            firing = e.Rule.Name;
            firingStarted = Stopwatch.GetTimestamp();
            firingMatch = EngineCounters.MatchTicks;
            firingBytes = GC.GetAllocatedBytesForCurrentThread();
        };
        session.Events.RuleFiredEvent += (_, _) =>
        {
            var own = Stopwatch.GetTimestamp() - firingStarted - (EngineCounters.MatchTicks - firingMatch);
            if (totals is not null)
            {
                totals.Rules[firing!] = totals.Rules.GetValueOrDefault(firing!) + own;
                totals.Firings[firing!] = totals.Firings.GetValueOrDefault(firing!) + 1;
                totals.RuleBytes[firing!] = totals.RuleBytes.GetValueOrDefault(firing!) + GC.GetAllocatedBytesForCurrentThread() - firingBytes;
            }
        };
        session.Fire();
        if (totals is null)
        {
            return;
        }

        totals.Total += Stopwatch.GetTimestamp() - started;
        totals.Compose += compose;
        totals.Match += EngineCounters.MatchTicks - match;
        totals.Rematches += EngineCounters.Rematches - rematches;
        totals.Bytes += GC.GetAllocatedBytesForCurrentThread() - bytes;
        totals.ComposeBytes += composeBytes;
        totals.Gen0 += GC.CollectionCount(0) - gc0;
        totals.Gen1 += GC.CollectionCount(1) - gc1;
        totals.Gen2 += GC.CollectionCount(2) - gc2;
    }

    private sealed class Totals
    {
        public long Total { get; set; }

        public long Compose { get; set; }

        public long Match { get; set; }

        public long Rematches { get; set; }

        public long Bytes { get; set; }

        public long ComposeBytes { get; set; }

        public int Gen0 { get; set; }

        public int Gen1 { get; set; }

        public int Gen2 { get; set; }

        public Dictionary<string, long> Rules { get; } = [];

        public Dictionary<string, int> Firings { get; } = [];

        public Dictionary<string, long> RuleBytes { get; } = [];
    }
}
