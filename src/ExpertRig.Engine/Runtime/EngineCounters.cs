namespace ExpertRig.Engine.Runtime;

/// <summary>
/// Work counters for the benchmarks (tests/ExpertRig.Benchmarks): how many condition delegates the matcher has run on
/// this thread. A session belongs to one thread, so a per-thread counter needs no synchronisation.
/// </summary>
internal static class EngineCounters
{
    [ThreadStatic]
    private static long conditionEvaluations;

    [ThreadStatic]
    private static long matchTicks;

    [ThreadStatic]
    private static long rematches;

    /// <summary>Condition (and join-key) delegates run on this thread so far.</summary>
    public static long ConditionEvaluations => conditionEvaluations;

    /// <summary>Time spent propagating changes through the matcher on this thread, in <see cref="System.Diagnostics.Stopwatch"/> ticks.</summary>
    public static long MatchTicks => matchTicks;

    /// <summary>Regions re-matched on this thread so far (a region left out as a no-op is not counted).</summary>
    public static long Rematches => rematches;

    public static void CountRematch() => rematches++;

    public static void CountEvaluation() => conditionEvaluations++;

    public static void CountMatchTicks(long ticks) => matchTicks += ticks;
}
