using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;

namespace ExpertRig.Domain.Predictions;

/// <summary>
/// Predicts one workload on one build with the build's engine. With a requested quantization it estimates that;
/// otherwise it walks the <see cref="QuantLadder"/> and keeps the best quality that fits in accelerator memory and
/// meets the speed need, then the best that runs with CPU offload and meets it, then the best that fits, then the best
/// that runs at all. The software rule picks the engine that runs every workload (<see cref="Runs"/>), so the engine a
/// build is said to run is the engine of every prediction on it; a requested quantization that engine cannot load is
/// predicted not to run, never silently moved to another engine.
/// </summary>
public static class WorkloadPredictor
{
    /// <summary>The engine used (always <paramref name="engine"/>), the chosen quantization and its estimate.</summary>
    public static (Physics.InferenceEngine Engine, Quantization Quant, InferenceEstimate Estimate) Predict(
        Build build, WorkloadNeed need, Physics.InferenceEngine engine, int users, Knowledge knowledge, KvCacheType kvCache = KvCacheType.F16)
    {
        var (quant, estimate) = PredictWith(build, need, engine, users, knowledge, kvCache);
        if (!CatalogDevices.Runs(quant, engine))
        {
            estimate = estimate with
            {
                Runs = false,
                Fits = false,
                Problem = $"{EngineNames.Display(engine)}, the one engine the build runs for every workload, cannot load {quant.Name} weights",
            };
        }

        return (engine, quant, estimate);
    }

    /// <summary>
    /// Predicts every workload of a consultation that keeps them loaded together (<paramref name="together"/>, the
    /// profile's <c>run_together</c>): the workload runs at <see cref="JointQuantChoice"/>'s quantization, and
    /// <c>Alone</c> is the quantization it would have had by itself when the two differ, else null.
    /// </summary>
    public static (Physics.InferenceEngine Engine, Quantization Quant, InferenceEstimate Estimate, Quantization? Alone) Predict(
        Build build, WorkloadNeed need, IReadOnlyList<WorkloadNeed> together, Physics.InferenceEngine engine, int users, Knowledge knowledge,
        KvCacheType kvCache = KvCacheType.F16)
    {
        ArgumentNullException.ThrowIfNull(together);
        var (_, own, estimate) = Predict(build, need, engine, users, knowledge, kvCache);
        if (together.Count < 2 || !JointQuantChoice.Choose(build, together, engine, users, knowledge, kvCache).TryGetValue(need, out var joint)
            || string.Equals(joint.Id, own.Id, StringComparison.Ordinal))
        {
            return (engine, own, estimate, null);
        }

        return (engine, joint, Estimate(build, need, joint, engine, users, knowledge, withAssumptions: true, kvCache), own);
    }

    /// <summary>The workload's own walk (without assumption texts): the quantization it gets by itself and its estimate.</summary>
    internal static (Quantization Quant, InferenceEstimate Estimate) Alone(
        Build build, WorkloadNeed need, Physics.InferenceEngine engine, int users, Knowledge knowledge, KvCacheType kvCache) =>
        PredictWith(build, need, engine, users, knowledge, kvCache, explained: false);

    /// <summary>
    /// True when <paramref name="engine"/> itself runs the workload on the build: it loads the requested quantization
    /// (or one of its own when none is requested) and the physics model finds a placement. No fallback is tried.
    /// </summary>
    public static bool Runs(Build build, WorkloadNeed need, Physics.InferenceEngine engine, int users, Knowledge knowledge, KvCacheType kvCache = KvCacheType.F16) =>
        (need.Quant is not { } requested || CatalogDevices.Runs(requested, engine))
        && (PredictionMemo.TryGet(build, need, engine, users, knowledge, kvCache, out var walked)
            ? walked.Runs
            : AnyRungRuns(build, need, engine, users, knowledge, kvCache));

    /// <summary>
    /// As <see cref="Runs"/>, answered by walking the ladder (the walk is kept for the prediction): for the engine the
    /// build will most likely run, whose walk the prediction rule then reads instead of making it.
    /// </summary>
    public static bool RunsWalked(Build build, WorkloadNeed need, Physics.InferenceEngine engine, int users, Knowledge knowledge, KvCacheType kvCache = KvCacheType.F16) =>
        (need.Quant is not { } requested || CatalogDevices.Runs(requested, engine))
        && Walked(build, need, engine, users, knowledge, kvCache).Runs;

    // The walk's answer runs exactly when some rung of the ladder runs: it keeps the first rung that fits (a plan that
    // fits always runs) and meets the speed, else the last that runs, else any that fits or runs. So "does the
    // engine run it" needs no walk: the ladder is tried from its smallest rung, the likeliest to run, up to the first
    // that runs. Each rung costs its placement only (RungAt, kept for the walk through EstimateMemo); none is
    // estimated here (issue 11: the walk usually keeps a larger rung, and estimates the one it reads when it reads it).
    private static bool AnyRungRuns(Build build, WorkloadNeed need, Physics.InferenceEngine engine, int users, Knowledge knowledge, KvCacheType kvCache)
    {
        if (need.Quant is { } requested)
        {
            return Estimate(build, need, requested, engine, users, knowledge, withAssumptions: false, kvCache).Runs;
        }

        var ladder = QuantLadder.For(knowledge.Catalog, engine, need.QualityFloor);
        if (ladder.Count == 0)
        {
            return PredictWith(build, need, engine, users, knowledge, kvCache, explained: false).Estimate.Runs;
        }

        for (var i = ladder.Count - 1; i >= 0; i--)
        {
            if (RungAt(build, need, ladder[i], engine, users, knowledge, kvCache).Runs)
            {
                return true;
            }
        }

        return false;
    }

    // The walk (without assumption texts) is shared through PredictionMemo; the quantization kept is estimated again
    // with its texts when they are wanted.
    private static (Quantization Quant, InferenceEstimate Estimate) PredictWith(
        Build build, WorkloadNeed need, Physics.InferenceEngine engine, int users, Knowledge knowledge, KvCacheType kvCache, bool explained = true)
    {
        var (quant, estimate, _) = Walked(build, need, engine, users, knowledge, kvCache);
        return (quant, explained || estimate is null ? Estimate(build, need, quant, engine, users, knowledge, withAssumptions: explained, kvCache) : estimate);
    }

    // The walk, made once per hardware and kept (PredictionMemo). Looked up, then walked and kept: no closure over the
    // arguments on every call.
    private static PredictionMemo.Walked Walked(
        Build build, WorkloadNeed need, Physics.InferenceEngine engine, int users, Knowledge knowledge, KvCacheType kvCache)
    {
        if (!PredictionMemo.TryGet(build, need, engine, users, knowledge, kvCache, out var walked))
        {
            walked = Walk(build, need, engine, users, knowledge, kvCache);
            PredictionMemo.Add(build, need, engine, users, knowledge, kvCache, walked);
        }

        return walked;
    }

    private static PredictionMemo.Walked Walk(
        Build build, WorkloadNeed need, Physics.InferenceEngine engine, int users, Knowledge knowledge, KvCacheType kvCache)
    {
        if (need.Quant is { } requested)
        {
            var estimate = Estimate(build, need, requested, engine, users, knowledge, withAssumptions: false, kvCache);
            return new(requested, estimate, estimate.Runs);
        }

        // Candidates are compared without their assumption texts; the one kept is estimated again with them. Best
        // quality first: the first that fits and meets the speed need is the answer whatever comes after it, so the
        // ladder is tried only down to it (the other preferences need the whole ladder). A rung is estimated only when
        // a preference reads its speed or it is kept (RungAt: whether it fits and runs is its memory placement's
        // answer), so rungs that do not run, and rungs that do not fit above the one kept, cost their placements only.
        var candidates = new List<Rung>();
        foreach (var q in QuantLadder.For(knowledge.Catalog, engine, need.QualityFloor))
        {
            var rung = RungAt(build, need, q, engine, users, knowledge, kvCache);
            if (rung.Fits && MeetsSpeed(need, rung.Estimated(need, build, knowledge)))
            {
                return rung.Kept();
            }

            candidates.Add(rung);
        }

        if (candidates.Count == 0)
        {
            throw new InvalidOperationException($"the catalog has no quantization that {EngineNames.Display(engine)} runs");
        }

        return Preferred(build, need, knowledge, candidates);
    }

    // The walk's answer when no rung fits and meets the speed (a method of its own: its closures are allocated only
    // when the walk gets here).
    private static PredictionMemo.Walked Preferred(Build build, WorkloadNeed need, Knowledge knowledge, List<Rung> candidates)
    {
        // A preference reading a rung's speed estimates it (once); one that does not run has no speed to meet.
        bool RunsAtSpeed(Rung c) => c.Runs && MeetsSpeed(need, c.Estimated(need, build, knowledge));

        // When nothing at or above the quality floor fits, the least memory (the floor) keeps the offload smallest.
        if (!candidates.Any(c => c.Fits))
        {
            var running = candidates.FindLastIndex(RunsAtSpeed);
            running = running >= 0 ? running : candidates.FindLastIndex(c => c.Runs);
            if (running >= 0)
            {
                return candidates[running].Kept();
            }
        }

        Func<Rung, bool>[] preferences =
        [
            c => c.Fits && MeetsSpeed(need, c.Estimated(need, build, knowledge)),
            RunsAtSpeed,
            c => c.Fits,
            c => c.Runs,
        ];
        foreach (var preferred in preferences)
        {
            var hit = candidates.FindIndex(c => preferred(c));
            if (hit >= 0)
            {
                return candidates[hit].Kept();
            }
        }

        return candidates[^1].Kept();
    }

    // One rung of a walk: its estimate when one was made before; else whether it fits and runs when that was worked
    // out before in this consultation; else, when one backend is compared, whether it fits and runs from the memory
    // placement (the estimate's own Fits and Runs, InferenceEstimator.PlacementAlone), the estimate made only when
    // read; with several backends compared, the estimate.
    private static Rung RungAt(
        Build build, WorkloadNeed need, Quantization quant, Physics.InferenceEngine engine, int users, Knowledge knowledge, KvCacheType kvCache)
    {
        var key = EstimateMemo.KeyFor(build, need.Model, knowledge.Physics, quant, engine, need.ContextTokens, users, kvCache, withAssumptions: false);
        if (EstimateMemo.TryGet(need, key, out var made))
        {
            return new Rung(quant, engine, users, kvCache, key, made.Estimate, null, made.Estimate.Runs, made.Estimate.Fits);
        }

        if (EstimateMemo.TryGetPlaced(need, key, out var known))
        {
            return new Rung(quant, engine, users, kvCache, key, null, null, known.Runs, known.Fits);
        }

        var scenario = Scenario(build, need, quant, engine, users, kvCache, knowledge.Physics);
        if (InferenceEstimator.PlacementAlone(scenario, knowledge.Physics) is { } placed)
        {
            EstimateMemo.AddPlaced(need, key, new EstimateMemo.Placement(placed.Runs, placed.Fits));
            return new Rung(quant, engine, users, kvCache, key, null, (placed.Settled, placed.Plan), placed.Runs, placed.Fits);
        }

        var computed = Compute(build, scenario, knowledge);
        EstimateMemo.Add(need, key, computed);
        return new Rung(quant, engine, users, kvCache, key, computed.Estimate, null, computed.Estimate.Runs, computed.Estimate.Fits);
    }

    // A rung tried: its quantization and inputs, its estimate key, whether it fits and runs, and its estimate or the
    // settled scenario (and plan, if made) to make it from, or neither (a placement kept from before: the estimate is
    // then made as Estimate makes it).
    private sealed class Rung(
        Quantization quant, Physics.InferenceEngine engine, int users, KvCacheType kvCache, EstimateMemo.Key key, InferenceEstimate? estimate,
        (InferenceScenario Settled, MemoryPlan? Plan)? planned, bool runs, bool fits)
    {
        private InferenceEstimate? _estimate = estimate;

        public Quantization Quant { get; } = quant;

        public bool Runs { get; } = runs;

        public bool Fits { get; } = fits;

        /// <summary>The estimate, made the first time it is read (from the settled scenario when there is one) and kept in the consultation's memo.</summary>
        public InferenceEstimate Estimated(WorkloadNeed need, Build build, Knowledge knowledge)
        {
            if (_estimate is null)
            {
                if (planned is { } settled)
                {
                    var entry = AtPowerLimit(build, InferenceEstimator.EstimateExplainedLater(settled.Settled, settled.Plan, knowledge.Physics));
                    EstimateMemo.Add(need, key, entry);
                    _estimate = entry.Estimate;
                }
                else
                {
                    _estimate = Estimate(build, need, Quant, engine, users, knowledge, withAssumptions: false, kvCache);
                }
            }

            return _estimate;
        }

        /// <summary>The walk's answer when this rung is kept (its estimate still unmade when none was needed).</summary>
        public PredictionMemo.Walked Kept() => new(Quant, _estimate, Runs);
    }

    /// <summary>
    /// The physics estimate of one workload at one quantization on one build. A mixture of experts that does not fit
    /// the GPUs keeps routed experts in system RAM (the estimate's <see cref="InferenceEstimate.Experts"/>). GPUs under a power limit
    /// run at <see cref="PowerLimitSpeed"/>'s measured share of the physics speed.
    /// </summary>
    public static InferenceEstimate Estimate(
        Build build, WorkloadNeed need, Quantization quant, Physics.InferenceEngine engine, int users, Knowledge knowledge,
        bool withAssumptions = true, KvCacheType kvCache = KvCacheType.F16)
    {
        ArgumentNullException.ThrowIfNull(need);
        ArgumentNullException.ThrowIfNull(knowledge);
        var key = EstimateMemo.KeyFor(build, need.Model, knowledge.Physics, quant, engine, need.ContextTokens, users, kvCache, withAssumptions);
        if (EstimateMemo.TryGet(need, key, out var known))
        {
            return known.Estimate;
        }

        if (!withAssumptions)
        {
            var computed = Compute(build, Scenario(build, need, quant, engine, users, kvCache, knowledge.Physics), knowledge);
            EstimateMemo.Add(need, key, computed);
            return computed.Estimate;
        }

        // The same numbers as the estimate without assumptions (made once, shared through the memo), with its
        // assumption texts to be written when someone reads them.
        var plainKey = EstimateMemo.KeyFor(build, need.Model, knowledge.Physics, quant, engine, need.ContextTokens, users, kvCache, withAssumptions: false);
        if (!EstimateMemo.TryGet(need, plainKey, out var plain) || plain.Assumptions is null)
        {
            plain = Compute(build, Scenario(build, need, quant, engine, users, kvCache, knowledge.Physics), knowledge);
            EstimateMemo.Add(need, plainKey, plain);
        }

        var explained = plain.Estimate with { Assumptions = plain.Assumptions! };
        EstimateMemo.Add(need, key, new EstimateMemo.Entry(explained, null));
        return explained;
    }

    // The estimate without assumption texts, and its assumptions (with the power limit's, when it has one) to write when read.
    private static EstimateMemo.Entry Compute(Build build, InferenceScenario scenario, Knowledge knowledge) =>
        AtPowerLimit(build, InferenceEstimator.EstimateExplainedLater(scenario, knowledge.Physics));

    private static EstimateMemo.Entry AtPowerLimit(Build build, (InferenceEstimate Estimate, DeferredAssumptions Assumptions) physics) =>
        new(PowerLimitSpeed.Apply(physics.Estimate, build, withAssumptions: false), PowerLimitSpeed.Apply(physics.Assumptions, build));

    // The scenario of one estimate, on the build's devices with their backend settled when one backend is compared
    // (BackendChoice.SettledAlone: the scenario the estimator would settle it to, without making it twice).
    private static InferenceScenario Scenario(
        Build build, WorkloadNeed need, Quantization quant, Physics.InferenceEngine engine, int users, KvCacheType kvCache, PhysicsConstants physics) =>
        new(
            need.Model.Architecture,
            CatalogDevices.ForQuant(quant),
            BackendChoice.SettledAlone(BuildHardware.Devices(build), physics, engine) ?? BuildHardware.Devices(build),
            engine,
            need.ContextTokens,
            users,
            kvCache,
            BuildHardware.KnownHost(build));

    /// <summary>
    /// Whether <see cref="Estimate"/> at these inputs fits in accelerator memory (its <see cref="InferenceEstimate.Fits"/>):
    /// read from the estimate when one was made, else from the memory plans alone (no decode or prompt estimate), for
    /// callers that make the estimate only when it fits. Kept per consultation (<see cref="EstimateMemo"/>).
    /// </summary>
    internal static bool FitsAt(
        Build build, WorkloadNeed need, Quantization quant, Physics.InferenceEngine engine, int users, Knowledge knowledge, KvCacheType kvCache)
    {
        ArgumentNullException.ThrowIfNull(need);
        ArgumentNullException.ThrowIfNull(knowledge);
        var key = EstimateMemo.KeyFor(build, need.Model, knowledge.Physics, quant, engine, need.ContextTokens, users, kvCache, withAssumptions: false);
        if (EstimateMemo.TryGet(need, key, out var known))
        {
            return known.Estimate.Fits;
        }

        if (EstimateMemo.TryGetFits(need, key, out var kept))
        {
            return kept;
        }

        if (InferenceEstimator.FitsByPlan(Scenario(build, need, quant, engine, users, kvCache, knowledge.Physics), knowledge.Physics) is not { } fits)
        {
            return Estimate(build, need, quant, engine, users, knowledge, withAssumptions: false, kvCache).Fits;
        }

        EstimateMemo.AddFits(need, key, fits);
        return fits;
    }

    private static bool MeetsSpeed(WorkloadNeed need, InferenceEstimate estimate) =>
        need.IsMetBy(estimate.DecodeTokensPerSecondPerUser);
}
