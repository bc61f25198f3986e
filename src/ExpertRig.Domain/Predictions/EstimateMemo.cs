using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;

namespace ExpertRig.Domain.Predictions;

/// <summary>
/// Physics once (issue 11): <see cref="WorkloadPredictor.Estimate"/> is a pure function of the model, the quantization,
/// the accelerators (one device spec and how many), the host, the engine, the context, the users, the KV-cache type,
/// the GPUs' power limit and the physics constants. Composed builds that differ only in case, PSU, cooler or board ask
/// for the same estimate, and the software rule's check and the prediction rule's walk try the same rungs; each is
/// worked out once per consultation and shared (estimates are immutable records).
/// </summary>
internal static class EstimateMemo
{
    // One table per workload need: a need belongs to one consultation (and, like its session, to one thread), so the
    // table goes with it and nothing is kept from one consultation to the next for the GC to age. One table holds
    // what is known at each key (the estimate, the placement, the fit verdict: issue 11, a rung is usually placed,
    // then estimated, under the same key), so a key is stored and looked up once.
    private static readonly ConditionalWeakTable<WorkloadNeed, Dictionary<Key, Known>> Tables = new();

    // What is known at one key: each part is what its own memo held (null or default when not kept).
    private struct Known
    {
        public Entry Estimate;
        public Placement? Placed;
        public bool? Fits;
    }

    private static Dictionary<Key, Known> TableOf(WorkloadNeed need) => Tables.GetValue(need, static _ => []);

    /// <summary>The memo key of one estimate.</summary>
    internal static Key KeyFor(
        Build build, LanguageModel model, PhysicsConstants physics, Quantization? quant, InferenceEngine engine, int contextTokens, int users,
        KvCacheType kvCache, bool withAssumptions)
    {
        var seen = BuildHardware.Of(build);
        var devices = seen.Devices;
        return new Key(
            model, physics, quant, devices.Count > 0 ? devices[0] : null, devices.Count, seen.Host, engine,
            contextTokens, users, kvCache, build.Gpu is null ? 0 : build.PowerLimit.Percent, withAssumptions,
            seen.FirstDeviceHash, seen.HostHash);
    }

    /// <summary>The estimate worked out before for <paramref name="key"/> in the consultation of <paramref name="need"/>, if any.</summary>
    internal static bool TryGet(WorkloadNeed need, in Key key, out Entry entry)
    {
        var found = TableOf(need).TryGetValue(key, out var known) && known.Estimate.Estimate is not null;
        entry = found ? known.Estimate : default;
        return found;
    }

    /// <summary>Keeps <paramref name="entry"/> for <paramref name="key"/>.</summary>
    internal static void Add(WorkloadNeed need, in Key key, Entry entry) =>
        CollectionsMarshal.GetValueRefOrAddDefault(TableOf(need), key, out _).Estimate = entry;

    // Fit verdicts (issue 11, the KV-cache advice asks whether an estimate at a smaller cache would fit): the answer
    // of the memory plans alone where no estimate was made. Key: the estimate's own Key (without assumptions), so the
    // same value equality as the estimates above. Safe: a verdict is what that estimate's Fits would be
    // (InferenceEstimator.FitsByPlan); per need, so it goes with the consultation like the estimates.

    /// <summary>The fit verdict kept for <paramref name="key"/> in the consultation of <paramref name="need"/>, if any.</summary>
    internal static bool TryGetFits(WorkloadNeed need, in Key key, out bool fits)
    {
        var found = TableOf(need).TryGetValue(key, out var known) && known.Fits is not null;
        fits = found && known.Fits!.Value;
        return found;
    }

    /// <summary>Keeps the fit verdict <paramref name="fits"/> for <paramref name="key"/>.</summary>
    internal static void AddFits(WorkloadNeed need, in Key key, bool fits) =>
        CollectionsMarshal.GetValueRefOrAddDefault(TableOf(need), key, out _).Fits = fits;

    // Placements (issue 11, a walk and the software rule's "does any rung run" try the same rungs, most of which are
    // never estimated): whether the rung's memory plan fits and runs where no estimate was made. Key: the estimate's
    // own Key (without assumptions), so the same value equality as the estimates above. Safe: with one backend
    // compared, the estimate's Runs and Fits are its plan's (InferenceEstimator.PlacementAlone); per need, so it goes
    // with the consultation like the estimates.

    /// <summary>Whether an estimate's plan fits and runs (its <see cref="InferenceEstimate.Runs"/> and <see cref="InferenceEstimate.Fits"/>).</summary>
    internal readonly record struct Placement(bool Runs, bool Fits);

    /// <summary>The placement kept for <paramref name="key"/> in the consultation of <paramref name="need"/>, if any.</summary>
    internal static bool TryGetPlaced(WorkloadNeed need, in Key key, out Placement placed)
    {
        var found = TableOf(need).TryGetValue(key, out var known) && known.Placed is not null;
        placed = found ? known.Placed!.Value : default;
        return found;
    }

    /// <summary>Keeps the placement <paramref name="placed"/> for <paramref name="key"/>.</summary>
    internal static void AddPlaced(WorkloadNeed need, in Key key, Placement placed) =>
        CollectionsMarshal.GetValueRefOrAddDefault(TableOf(need), key, out _).Placed = placed;

    /// <summary>
    /// One estimate; for one made without assumption texts, also the assumptions of the same estimate, written when
    /// read (the estimate with assumptions is that estimate with these).
    /// </summary>
    internal readonly record struct Entry(InferenceEstimate Estimate, DeferredAssumptions? Assumptions);

    // Devices of a build are all the same spec (n identical GPUs, or one unified system), so one spec and a count
    // name them. The model and quantization are immutable catalog records, compared by identity (a copy only misses).
    // Without a quantization (null) the key names the hardware and inputs of a whole ladder walk (PredictionMemo).
    internal readonly struct Key(
        LanguageModel model, PhysicsConstants physics, Quantization? quant, DeviceSpec? device, int deviceCount, HostSpec host, InferenceEngine engine,
        int contextTokens, int users, KvCacheType kvCache, int powerLimitPercent, bool withAssumptions,
        int deviceHash, int hostHash) : IEquatable<Key>
    {
        // The device's and host's record hashes, worked out once per build (BuildHardware.Seen): equality still
        // compares them by value.
        private readonly int _deviceHash = deviceHash;
        private readonly int _hostHash = hostHash;
        private readonly LanguageModel _model = model;
        private readonly PhysicsConstants _physics = physics;
        private readonly Quantization? _quant = quant;
        private readonly DeviceSpec? _device = device;
        private readonly HostSpec _host = host;
        private readonly int _deviceCount = deviceCount;
        private readonly InferenceEngine _engine = engine;
        private readonly int _contextTokens = contextTokens;
        private readonly int _users = users;
        private readonly KvCacheType _kvCache = kvCache;
        private readonly int _powerLimitPercent = powerLimitPercent;
        private readonly bool _withAssumptions = withAssumptions;

        public bool Equals(Key other) =>
            ReferenceEquals(_model, other._model) && ReferenceEquals(_physics, other._physics) && ReferenceEquals(_quant, other._quant) && _deviceCount == other._deviceCount
            && _engine == other._engine && _contextTokens == other._contextTokens && _users == other._users
            && _kvCache == other._kvCache && _powerLimitPercent == other._powerLimitPercent
            && _withAssumptions == other._withAssumptions && Equals(_device, other._device) && _host.Equals(other._host);

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            hash.Add(RuntimeHelpers.GetHashCode(_model));
            hash.Add(RuntimeHelpers.GetHashCode(_quant));
            hash.Add(RuntimeHelpers.GetHashCode(_physics));
            hash.Add(_deviceHash);
            hash.Add(_deviceCount);
            hash.Add(_hostHash);
            hash.Add(_engine);
            hash.Add(_contextTokens);
            hash.Add(_users);
            hash.Add(_kvCache);
            hash.Add(_powerLimitPercent);
            hash.Add(_withAssumptions);
            return hash.ToHashCode();
        }
    }
}
