using System.Diagnostics.Tracing;
using System.Globalization;

namespace ExpertRig.Benchmarks;

/// <summary>
/// Which types a sweep allocates, sampled by the runtime's GC AllocationTick event (one event per ~100 KB allocated,
/// naming the type of the object that crossed the mark): a rough share per type, for finding what to cut.
/// </summary>
internal static class AllocationTypes
{
    /// <summary>With <paramref name="sessionsOnly"/>, the bytes of a new session alone (after a warm-up of consultations).</summary>
    public static void Run(int rounds, bool sessionsOnly)
    {
        var advisor = Advisor.Advisor.Default;
        var profiles = EngineFigures.Sweep(300);
        foreach (var profile in profiles)
        {
            advisor.Consult(profile);
        }

        using var listener = new TickListener();
        if (sessionsOnly)
        {
            var b0 = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < rounds * 1000; i++)
            {
                ExpertRig.Rules.KnowledgeBase.Factory.CreateSession();
            }

            Console.WriteLine($"session: {(GC.GetAllocatedBytesForCurrentThread() - b0) / 1024.0 / (rounds * 1000):F1} KiB");
            rounds = 0;
        }

        for (var round = 0; round < rounds; round++)
        {
            foreach (var profile in profiles)
            {
                advisor.Consult(profile);
            }
        }

        var total = listener.Counts.Values.Sum();
        Console.WriteLine($"# allocation ticks by type over {rounds * profiles.Count} consultations ({total} ticks)");
        foreach (var (type, count) in listener.Counts.OrderByDescending(p => p.Value).Take(60))
        {
            Console.WriteLine($"{100.0 * count / total,6:F2}%  {type}".ToString(CultureInfo.InvariantCulture));
        }
    }

    private sealed class TickListener : EventListener
    {
        public Dictionary<string, long> Counts { get; } = [];

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName is not null && e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) && e.PayloadNames is { } names)
            {
                var type = e.Payload![names.IndexOf("TypeName")] as string ?? "?";
                lock (Counts)
                {
                    Counts[type] = Counts.GetValueOrDefault(type) + 1;
                }
            }
        }
    }
}
