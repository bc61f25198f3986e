namespace ExpertRig.Engine.Runtime;

/// <summary>
/// Work counters for the benchmarks (tests/ExpertRig.Benchmarks): how many condition delegates the matcher has run on
/// this thread. A session belongs to one thread, so a per-thread counter needs no synchronisation.
/// </summary>
internal static class EngineCounters
{
    [ThreadStatic]
    private static long conditionEvaluations;

    /// <summary>Condition (and join-key) delegates run on this thread so far.</summary>
    public static long ConditionEvaluations => conditionEvaluations;

    public static void CountEvaluation() => conditionEvaluations++;
}
