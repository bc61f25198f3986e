using System.Runtime.CompilerServices;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;

namespace ExpertRig.Domain.Predictions;

/// <summary>
/// Physics once per consultation (issue 11): the quantization ladder walk of one workload with one engine and number
/// of users is done once per hardware and shared, so the software rule's "does this engine run it" and the prediction
/// rule's estimate no longer both walk it, and composed builds that differ only in case, PSU, cooler or board (the
/// same accelerators, host and power limit) share one walk. A walk reads the build only through its estimates, and
/// an estimate reads it only through what <see cref="EstimateMemo.Key"/> names, so that key without a quantization
/// names the walk (with the knowledge, whose catalog gives the ladder). Kept per workload need (a need belongs to one
/// consultation), so it goes when the consultation goes.
/// </summary>
internal static class PredictionMemo
{
    private static readonly ConditionalWeakTable<WorkloadNeed, Dictionary<Key, Walked>> Walks = new();

    /// <summary>
    /// What a walk chose: the quantization, whether its estimate runs, and the estimate, or null when the walk kept
    /// a rung it did not need to estimate (none runs; the estimate is made when someone reads it).
    /// </summary>
    internal readonly record struct Walked(Quantization Quant, InferenceEstimate? Estimate, bool Runs);

    /// <summary>Keeps the walk made for these inputs.</summary>
    public static void Add(
        Build build, WorkloadNeed need, InferenceEngine engine, int users, Knowledge knowledge, KvCacheType kvCache,
        Walked walked)
    {
        var memo = Walks.GetValue(need, _ => []);
        lock (memo)
        {
            memo[KeyFor(build, need, engine, users, knowledge, kvCache)] = walked;
        }
    }

    /// <summary>The walk done before for these inputs (on this build or one with the same hardware), if any.</summary>
    public static bool TryGet(
        Build build, WorkloadNeed need, InferenceEngine engine, int users, Knowledge knowledge, KvCacheType kvCache,
        out Walked walked)
    {
        walked = default;
        if (!Walks.TryGetValue(need, out var memo))
        {
            return false;
        }

        lock (memo)
        {
            return memo.TryGetValue(KeyFor(build, need, engine, users, knowledge, kvCache), out walked);
        }
    }

    private static Key KeyFor(Build build, WorkloadNeed need, InferenceEngine engine, int users, Knowledge knowledge, KvCacheType kvCache) =>
        new(EstimateMemo.KeyFor(build, need.Model, knowledge.Physics, null, engine, need.ContextTokens, users, kvCache, withAssumptions: false), knowledge);

    private readonly struct Key(EstimateMemo.Key inputs, Knowledge knowledge) : IEquatable<Key>
    {
        private readonly EstimateMemo.Key _inputs = inputs;
        private readonly Knowledge _knowledge = knowledge;

        public bool Equals(Key other) => ReferenceEquals(_knowledge, other._knowledge) && _inputs.Equals(other._inputs);

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode() => HashCode.Combine(_inputs.GetHashCode(), RuntimeHelpers.GetHashCode(_knowledge));
    }
}
