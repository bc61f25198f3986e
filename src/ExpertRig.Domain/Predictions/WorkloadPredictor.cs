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
            ? walked.Estimate.Runs
            : AnyRungRuns(build, need, engine, users, knowledge, kvCache));

    /// <summary>
    /// As <see cref="Runs"/>, answered by walking the ladder (the walk is kept for the prediction): for the engine the
    /// build will most likely run, whose walk the prediction rule then reads instead of making it.
    /// </summary>
    public static bool RunsWalked(Build build, WorkloadNeed need, Physics.InferenceEngine engine, int users, Knowledge knowledge, KvCacheType kvCache = KvCacheType.F16) =>
        (need.Quant is not { } requested || CatalogDevices.Runs(requested, engine))
        && PredictWith(build, need, engine, users, knowledge, kvCache, explained: false).Estimate.Runs;

    // The walk's answer runs exactly when some rung of the ladder runs: it keeps the first rung that fits (a plan that
    // fits always runs) and meets the speed, else the last that runs, else any that fits or runs. So "does the
    // engine run it" needs no walk: the ladder is tried from its smallest rung, the likeliest to run, up to the first
    // that runs. The estimates are shared with the walk through EstimateMemo.
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
            if (Estimate(build, need, ladder[i], engine, users, knowledge, withAssumptions: false, kvCache).Runs)
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
        // Looked up, then walked and kept: no closure over the arguments on every call.
        if (!PredictionMemo.TryGet(build, need, engine, users, knowledge, kvCache, out var walked))
        {
            walked = Walk(build, need, engine, users, knowledge, kvCache);
            PredictionMemo.Add(build, need, engine, users, knowledge, kvCache, walked);
        }

        var (quant, estimate) = walked;
        return (quant, explained ? Estimate(build, need, quant, engine, users, knowledge, withAssumptions: true, kvCache) : estimate);
    }

    private static (Quantization Quant, InferenceEstimate Estimate) Walk(
        Build build, WorkloadNeed need, Physics.InferenceEngine engine, int users, Knowledge knowledge, KvCacheType kvCache)
    {
        if (need.Quant is { } requested)
        {
            return (requested, Estimate(build, need, requested, engine, users, knowledge, withAssumptions: false, kvCache));
        }

        // Candidates are compared without their assumption texts; the one kept is estimated again with them. Best
        // quality first: the first that fits and meets the speed need is the answer whatever comes after it, so the
        // ladder is estimated only down to it (the other preferences need the whole ladder).
        var candidates = new List<(Quantization Quant, InferenceEstimate Estimate)>();
        foreach (var q in QuantLadder.For(knowledge.Catalog, engine, need.QualityFloor))
        {
            var estimate = Estimate(build, need, q, engine, users, knowledge, withAssumptions: false, kvCache);
            if (estimate.Fits && MeetsSpeed(need, estimate))
            {
                return (q, estimate);
            }

            candidates.Add((q, estimate));
        }

        if (candidates.Count == 0)
        {
            throw new InvalidOperationException($"the catalog has no quantization that {EngineNames.Display(engine)} runs");
        }

        // When nothing at or above the quality floor fits, the least memory (the floor) keeps the offload smallest.
        if (!candidates.Any(c => c.Estimate.Fits))
        {
            var running = candidates.FindLastIndex(c => c.Estimate.Runs && MeetsSpeed(need, c.Estimate));
            running = running >= 0 ? running : candidates.FindLastIndex(c => c.Estimate.Runs);
            if (running >= 0)
            {
                return candidates[running];
            }
        }

        Func<InferenceEstimate, bool>[] preferences =
        [
            e => e.Fits && MeetsSpeed(need, e),
            e => e.Runs && MeetsSpeed(need, e),
            e => e.Fits,
            e => e.Runs,
        ];
        foreach (var preferred in preferences)
        {
            var hit = candidates.FindIndex(c => preferred(c.Estimate));
            if (hit >= 0)
            {
                return candidates[hit];
            }
        }

        return candidates[^1];
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
            var computed = Compute(build, need, quant, engine, users, knowledge, kvCache);
            EstimateMemo.Add(need, key, computed);
            return computed.Estimate;
        }

        // The same numbers as the estimate without assumptions (made once, shared through the memo), with its
        // assumption texts to be written when someone reads them.
        var plainKey = EstimateMemo.KeyFor(build, need.Model, knowledge.Physics, quant, engine, need.ContextTokens, users, kvCache, withAssumptions: false);
        if (!EstimateMemo.TryGet(need, plainKey, out var plain) || plain.Assumptions is null)
        {
            plain = Compute(build, need, quant, engine, users, knowledge, kvCache);
            EstimateMemo.Add(need, plainKey, plain);
        }

        var explained = plain.Estimate with { Assumptions = plain.Assumptions! };
        EstimateMemo.Add(need, key, new EstimateMemo.Entry(explained, null));
        return explained;
    }

    // The estimate without assumption texts, and its assumptions (with the power limit's, when it has one) to write when read.
    private static EstimateMemo.Entry Compute(
        Build build, WorkloadNeed need, Quantization quant, Physics.InferenceEngine engine, int users, Knowledge knowledge, KvCacheType kvCache)
    {
        var (estimate, assumptions) = InferenceEstimator.EstimateExplainedLater(Scenario(build, need, quant, engine, users, kvCache), knowledge.Physics);
        return new EstimateMemo.Entry(PowerLimitSpeed.Apply(estimate, build, withAssumptions: false), PowerLimitSpeed.Apply(assumptions, build));
    }

    private static InferenceScenario Scenario(
        Build build, WorkloadNeed need, Quantization quant, Physics.InferenceEngine engine, int users, KvCacheType kvCache) =>
        new(
            need.Model.Architecture,
            CatalogDevices.ForQuant(quant),
            BuildHardware.Devices(build),
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

        if (InferenceEstimator.FitsByPlan(Scenario(build, need, quant, engine, users, kvCache), knowledge.Physics) is not { } fits)
        {
            return Estimate(build, need, quant, engine, users, knowledge, withAssumptions: false, kvCache).Fits;
        }

        EstimateMemo.AddFits(need, key, fits);
        return fits;
    }

    private static bool MeetsSpeed(WorkloadNeed need, InferenceEstimate estimate) =>
        need.IsMetBy(estimate.DecodeTokensPerSecondPerUser);
}
