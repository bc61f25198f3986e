using System.Runtime.CompilerServices;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;

namespace ExpertRig.Domain.Predictions;

/// <summary>
/// The quantizations of workloads that stay loaded together (profile <c>run_together</c>, the default). Each workload's
/// own best choice (<see cref="WorkloadPredictor"/>) may fit the accelerators alone and not beside the others: an 8B
/// model at Q8_0 and a 14B model at Q6_K each fit a 16 GB card, together they need 21 GB. Then the open quantizations
/// are taken down the <see cref="QuantLadder"/> together: of every set of rungs between each workload's own choice and
/// its quality floor that fits, the one whose worst workload keeps the most bits per weight, then the most bits in
/// total. When no set fits, the workloads keep their own choices and <c>workloads-together-exceed-memory</c> rejects
/// the build. Requested quantizations are never changed. Workloads that do not fit alone (offloaded) are left as they are: sharing then is a
/// question of system RAM, not of the quantization.
/// </summary>
public static class JointQuantChoice
{
    private static readonly ConditionalWeakTable<Build, Dictionary<Key, IReadOnlyDictionary<WorkloadNeed, Quantization>>> Plans = new();

    /// <summary>
    /// The quantization each of <paramref name="needs"/> runs at when all stay loaded on <paramref name="build"/> with
    /// <paramref name="engine"/>: the workloads' own choices when they fit together, else the best stepped-down set that
    /// fits, else their own choices again. Computed once per build, engine, users and knowledge.
    /// </summary>
    public static IReadOnlyDictionary<WorkloadNeed, Quantization> Choose(
        Build build, IReadOnlyList<WorkloadNeed> needs, InferenceEngine engine, int users, Knowledge knowledge, KvCacheType kvCache)
    {
        ArgumentNullException.ThrowIfNull(build);
        ArgumentNullException.ThrowIfNull(needs);
        ArgumentNullException.ThrowIfNull(knowledge);
        var memo = Plans.GetValue(build, _ => []);
        var key = new Key(engine, users, knowledge, kvCache, needs.Count);
        lock (memo)
        {
            if (memo.TryGetValue(key, out var known))
            {
                return known;
            }
        }

        var plan = Compute(build, needs, engine, users, knowledge, kvCache);
        lock (memo)
        {
            memo[key] = plan;
        }

        return plan;
    }

    private static Dictionary<WorkloadNeed, Quantization> Compute(
        Build build, IReadOnlyList<WorkloadNeed> needs, InferenceEngine engine, int users, Knowledge knowledge, KvCacheType kvCache)
    {
        // Loops, not LINQ, up to the usual answer (every build with several workloads asks, and most fit together):
        // the same walks, in need order, into the same dictionary and sums.
        var alone = new (Quantization Quant, InferenceEstimate Estimate)[needs.Count];
        for (var i = 0; i < needs.Count; i++)
        {
            alone[i] = WorkloadPredictor.Alone(build, needs[i], engine, users, knowledge, kvCache);
        }

        // Keyed by identity: each need is one fact of this consultation (the record's own hash would hash every field).
        var own = new Dictionary<WorkloadNeed, Quantization>(needs.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < needs.Count; i++)
        {
            own.Add(needs[i], alone[i].Quant);
        }

        var usable = AcceleratorMemory.UsableGb(build, knowledge.Physics);
        var resident = new double[alone.Length];
        var anyOffloaded = false;
        for (var i = 0; i < alone.Length; i++)
        {
            resident[i] = AcceleratorMemory.ResidentGb(alone[i].Estimate);
            anyOffloaded |= !alone[i].Estimate.Fits;
        }

        if (needs.Count < 2 || resident.Sum() <= usable || anyOffloaded)
        {
            return own;
        }

        // Every open workload's rungs from its own choice down to its floor, each estimated once; a requested
        // quantization is a single rung.
        var ladders = needs.Select(need => QuantLadder.For(knowledge.Catalog, engine, need.QualityFloor)).ToArray();
        var options = needs.Select((need, i) =>
        {
            var first = need.Quant is null ? IndexOf(ladders[i], alone[i].Quant) : -1;
            return first < 0
                ? [(alone[i].Quant, resident[i])]
                : ladders[i].Skip(first).Select((q, k) => (q, k == 0 ? resident[i]
                    : AcceleratorMemory.ResidentGb(WorkloadPredictor.Estimate(build, need, q, engine, users, knowledge, withAssumptions: false, kvCache)))).ToArray();
        }).ToArray();

        var best = Best(options, usable);
        return best is null ? own : needs.Select((need, i) => (need, best[i])).ToDictionary<(WorkloadNeed need, Quantization), WorkloadNeed, Quantization>(p => p.need, p => p.Item2, ReferenceEqualityComparer.Instance);
    }

    /// <summary>
    /// The set that fits <paramref name="usable"/> GB with the most bits per weight for its worst workload, then the
    /// most in total (then the earlier rungs for the earlier workloads); null when none fits. Two or three workloads
    /// with about ten rungs each give at most a thousand sets; above <see cref="MaxSets"/> the search steps down
    /// greedily instead, the workload at the most bits first.
    /// </summary>
    private static Quantization[]? Best((Quantization Quant, double ResidentGb)[][] options, double usable)
    {
        var sets = options.Aggregate(1L, (n, o) => n * o.Length);
        if (sets > MaxSets)
        {
            return Greedy(options, usable);
        }

        Quantization[]? best = null;
        (double Worst, double Total) bestScore = (double.MinValue, double.MinValue);
        var pick = new int[options.Length];
        for (var n = 0L; n < sets; n++)
        {
            var rest = n;
            for (var i = options.Length - 1; i >= 0; i--)
            {
                pick[i] = (int)(rest % options[i].Length);
                rest /= options[i].Length;
            }

            var gb = pick.Select((k, i) => options[i][k].ResidentGb).Sum();
            if (gb > usable)
            {
                continue;
            }

            var bits = pick.Select((k, i) => options[i][k].Quant.BitsPerWeight).ToArray();
            var score = (bits.Min(), bits.Sum());
            if (score.Item1 > bestScore.Worst || (score.Item1 == bestScore.Worst && score.Item2 > bestScore.Total))
            {
                bestScore = score;
                best = pick.Select((k, i) => options[i][k].Quant).ToArray();
            }
        }

        return best;
    }

    private static Quantization[]? Greedy((Quantization Quant, double ResidentGb)[][] options, double usable)
    {
        var pick = new int[options.Length];
        while (pick.Select((k, i) => options[i][k].ResidentGb).Sum() > usable)
        {
            var step = Enumerable.Range(0, options.Length)
                .Where(i => pick[i] + 1 < options[i].Length)
                .OrderByDescending(i => options[i][pick[i]].Quant.BitsPerWeight)
                .Cast<int?>()
                .FirstOrDefault();
            if (step is not { } i)
            {
                return null;
            }

            pick[i]++;
        }

        return [.. pick.Select((k, i) => options[i][k].Quant)];
    }

    private const long MaxSets = 4096;

    private static int IndexOf(IReadOnlyList<Quantization> ladder, Quantization quant)
    {
        for (var i = 0; i < ladder.Count; i++)
        {
            if (ReferenceEquals(ladder[i], quant) || string.Equals(ladder[i].Id, quant.Id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    // The knowledge by identity (one per process; its record hash would hash the catalog and the constants each time).
    private readonly struct Key(InferenceEngine engine, int users, Knowledge knowledge, KvCacheType kvCache, int needs) : IEquatable<Key>
    {
        private readonly InferenceEngine _engine = engine;
        private readonly int _users = users;
        private readonly Knowledge _knowledge = knowledge;
        private readonly KvCacheType _kvCache = kvCache;
        private readonly int _needs = needs;

        public bool Equals(Key other) => _engine == other._engine && _users == other._users
            && ReferenceEquals(_knowledge, other._knowledge) && _kvCache == other._kvCache && _needs == other._needs;

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode() => HashCode.Combine(_engine, _users, RuntimeHelpers.GetHashCode(_knowledge), _kvCache, _needs);
    }
}
