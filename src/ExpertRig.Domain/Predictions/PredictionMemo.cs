using System.Runtime.CompilerServices;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;

namespace ExpertRig.Domain.Predictions;

/// <summary>
/// Physics once per consultation (issue 11): the quantization ladder walk of one workload on one build with one
/// engine and number of users is done once and shared, so the software rule's "does this engine run it" and the
/// prediction rule's estimate no longer both walk it. Kept beside each build (a build belongs to one consultation)
/// and keyed by the identity of the need and the knowledge, so it goes when the build goes.
/// </summary>
internal static class PredictionMemo
{
    private static readonly ConditionalWeakTable<Build, Dictionary<Key, (Quantization, InferenceEstimate)>> Walks = new();

    /// <summary>Keeps the walk made for these inputs.</summary>
    public static void Add(
        Build build, WorkloadNeed need, InferenceEngine engine, int users, Knowledge knowledge, KvCacheType kvCache,
        (Quantization Quant, InferenceEstimate Estimate) walked)
    {
        var memo = Walks.GetValue(build, _ => []);
        lock (memo)
        {
            memo[new Key(need, engine, users, knowledge, kvCache)] = walked;
        }
    }

    /// <summary>The walk done before for these inputs, if any.</summary>
    public static bool TryGet(
        Build build, WorkloadNeed need, InferenceEngine engine, int users, Knowledge knowledge, KvCacheType kvCache,
        out (Quantization Quant, InferenceEstimate Estimate) walked)
    {
        walked = default;
        if (!Walks.TryGetValue(build, out var memo))
        {
            return false;
        }

        lock (memo)
        {
            return memo.TryGetValue(new Key(need, engine, users, knowledge, kvCache), out walked);
        }
    }

    private readonly struct Key(WorkloadNeed need, InferenceEngine engine, int users, Knowledge knowledge, KvCacheType kvCache) : IEquatable<Key>
    {
        private readonly WorkloadNeed _need = need;
        private readonly InferenceEngine _engine = engine;
        private readonly int _users = users;
        private readonly Knowledge _knowledge = knowledge;
        private readonly KvCacheType _kvCache = kvCache;

        public bool Equals(Key other) => ReferenceEquals(_need, other._need) && _engine == other._engine
            && _users == other._users && ReferenceEquals(_knowledge, other._knowledge) && _kvCache == other._kvCache;

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode() =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(_need), _engine, _users, RuntimeHelpers.GetHashCode(_knowledge), _kvCache);
    }
}
