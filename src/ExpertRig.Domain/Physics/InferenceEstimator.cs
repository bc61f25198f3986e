namespace ExpertRig.Domain.Physics;

/// <summary>The physics model's entry point: memory placement, decode and prompt speed, concurrency and load time.</summary>
public static class InferenceEstimator
{
    /// <summary>Estimates a scenario with the constants shipped in <c>catalog/physics/constants.yaml</c>.</summary>
    public static InferenceEstimate Estimate(InferenceScenario scenario) => Estimate(scenario, PhysicsConstantsLoader.LoadDefault());

    /// <summary>Estimates a scenario with the given constants (no file access).</summary>
    public static InferenceEstimate Estimate(InferenceScenario scenario, PhysicsConstants constants) =>
        Estimate(scenario, constants, withAssumptions: true);

    /// <summary>
    /// Estimates a scenario; without assumptions the (text-heavy) assumption list is left empty, for callers that
    /// compare many candidates and explain only the one they keep.
    /// </summary>
    public static InferenceEstimate Estimate(InferenceScenario scenario, PhysicsConstants constants, bool withAssumptions)
    {
        scenario.Validate();
        var candidates = BackendChoice.Candidates(scenario, constants);
        if (candidates.Count == 1)
        {
            return EstimateOn(candidates[0], constants, withAssumptions);
        }

        var best = candidates.Select(c => (Scenario: c, Estimate: EstimateOn(c, constants, withAssumptions: false)))
            .MinBy(c => BackendChoice.TurnSeconds(c.Estimate));
        return withAssumptions ? EstimateOn(best.Scenario, constants, withAssumptions: true) : best.Estimate;
    }

    /// <summary>
    /// As <see cref="Estimate(InferenceScenario, PhysicsConstants, bool)"/> without assumptions, and the assumptions
    /// of the same estimate, to be written only when read: the estimate with assumptions is the first with these.
    /// </summary>
    internal static (InferenceEstimate Estimate, DeferredAssumptions Assumptions) EstimateExplainedLater(InferenceScenario scenario, PhysicsConstants constants)
    {
        scenario.Validate();
        // A scenario whose backends are all settled is its own only candidate (as Candidates returns it).
        if (!BackendChoice.AnyOpen(scenario.Devices))
        {
            var settled = EstimateOn(scenario, constants, withAssumptions: false, explain: true, out var settledAssumptions);
            return (settled, settledAssumptions!);
        }

        var candidates = BackendChoice.Candidates(scenario, constants);
        if (candidates.Count == 1)
        {
            var only = EstimateOn(candidates[0], constants, withAssumptions: false, explain: true, out var assumptions);
            return (only, assumptions!);
        }

        // A loop, not LINQ (every estimate asks): the first candidate with the shortest turn, as MinBy keeps it.
        var best = EstimateOn(candidates[0], constants, withAssumptions: false, explain: true, out var bestAssumptions);
        var bestSeconds = BackendChoice.TurnSeconds(best);
        for (var i = 1; i < candidates.Count; i++)
        {
            var estimate = EstimateOn(candidates[i], constants, withAssumptions: false, explain: true, out var assumptions);
            var seconds = BackendChoice.TurnSeconds(estimate);
            if (seconds.CompareTo(bestSeconds) < 0)
            {
                (best, bestAssumptions, bestSeconds) = (estimate, assumptions, seconds);
            }
        }

        return (best, bestAssumptions!);
    }

    /// <summary>
    /// When only one backend is compared: the scenario <see cref="EstimateExplainedLater(InferenceScenario, PhysicsConstants)"/>
    /// would estimate, with its backend settled, and whether that estimate runs and fits (its plan's Runs and Fits,
    /// <see cref="MemoryPlanner.Placement"/>; the plan itself when the MoE planner had to make it). Null when several
    /// backends are compared, since then only the full estimates know which backend is kept. For callers that make an
    /// estimate only for the rungs whose speed they read (issue 11: most rungs tried are only checked).
    /// </summary>
    internal static (InferenceScenario Settled, bool Runs, bool Fits, MemoryPlan? Plan)? PlacementAlone(InferenceScenario scenario, PhysicsConstants constants)
    {
        scenario.Validate();
        var settled = scenario;
        if (BackendChoice.AnyOpen(scenario.Devices))
        {
            var candidates = BackendChoice.Candidates(scenario, constants);
            if (candidates.Count != 1)
            {
                return null;
            }

            settled = candidates[0];
        }
        if (MemoryPlanner.Placement(settled, constants) is { } placed)
        {
            return (settled, placed.Runs, placed.Fits, null);
        }

        var plan = MemoryPlanner.Plan(settled, constants);
        return (settled, plan.Runs, plan.Fits, plan);
    }

    /// <summary>
    /// <see cref="EstimateExplainedLater(InferenceScenario, PhysicsConstants)"/>'s estimate and assumptions for the
    /// scenario <see cref="PlacementAlone"/> settled, from its plan when one was made (else it is made now): the same
    /// estimate.
    /// </summary>
    internal static (InferenceEstimate Estimate, DeferredAssumptions Assumptions) EstimateExplainedLater(InferenceScenario settled, MemoryPlan? plan, PhysicsConstants constants)
    {
        var estimate = EstimateOn(settled, plan ?? MemoryPlanner.Plan(settled, constants), constants, withAssumptions: false, explain: true, out var assumptions);
        return (estimate, assumptions!);
    }

    /// <summary>
    /// Whether <see cref="EstimateExplainedLater(InferenceScenario, PhysicsConstants)"/>'s estimate fits in accelerator memory, from the memory plans alone
    /// (no decode, prompt or ceiling): an estimate fits exactly when its plan does. Null when the backends compared
    /// disagree, since then only the full estimates know which backend is kept.
    /// </summary>
    internal static bool? FitsByPlan(InferenceScenario scenario, PhysicsConstants constants)
    {
        scenario.Validate();
        if (!BackendChoice.AnyOpen(scenario.Devices))
        {
            return MemoryPlanner.Fits(scenario, constants);
        }

        var candidates = BackendChoice.Candidates(scenario, constants);
        var fits = MemoryPlanner.Fits(candidates[0], constants);
        for (var i = 1; i < candidates.Count; i++)
        {
            if (MemoryPlanner.Fits(candidates[i], constants) != fits)
            {
                return null;
            }
        }

        return fits;
    }

    private static InferenceEstimate EstimateOn(InferenceScenario scenario, PhysicsConstants constants, bool withAssumptions) =>
        EstimateOn(scenario, constants, withAssumptions, explain: false, out _);

    private static InferenceEstimate EstimateOn(
        InferenceScenario scenario, PhysicsConstants constants, bool withAssumptions, bool explain, out DeferredAssumptions? later) =>
        EstimateOn(scenario, MemoryPlanner.Plan(scenario, constants), constants, withAssumptions, explain, out later);

    // One estimate with every device's backend settled, from its memory plan (a pure function of the scenario and the
    // constants); with explain, also its assumptions, to be written when read.
    private static InferenceEstimate EstimateOn(
        InferenceScenario scenario, MemoryPlan plan, PhysicsConstants constants, bool withAssumptions, bool explain, out DeferredAssumptions? later)
    {
        var position = scenario.EffectiveDecodePosition;
        var single = DecodeEstimator.Step(scenario, plan, constants, 1, position);
        var batch = scenario.Users == 1 ? single : DecodeEstimator.Step(scenario, plan, constants, scenario.Users, position);
        var footprint = plan.Footprint;

        var kvGb = PhysicsUnits.ToGb(footprint.Kv.BytesPerSequence(scenario.ContextTokens) * scenario.Users);
        var weightsGb = PhysicsUnits.ToGb(footprint.TotalWeightBytes);
        double overheadGb = 0;
        for (var i = 0; i < plan.Devices.Count; i++)
        {
            overheadGb += plan.Devices[i].OverheadGb;
        }

        var loadSeconds = scenario.Host?.StorageReadMbs is { } mbs ? footprint.TotalWeightBytes / (mbs * 1e6) : (double?)null;
        var perUser = plan.Runs ? 1000 / batch.TotalMs : 0;
        later = explain ? new DeferredAssumptions(scenario, constants) : null;

        return new InferenceEstimate(
            plan.Runs,
            plan.Fits,
            null,
            weightsGb,
            kvGb,
            weightsGb + kvGb + overheadGb,
            plan.Devices,
            plan.OffloadedLayers,
            plan.Experts is { } experts ? experts.RamExpertsGb / weightsGb : (double)plan.OffloadedLayers / footprint.Layers,
            PhysicsUnits.ToGb(plan.HostBytes),
            perUser,
            perUser * scenario.Users,
            plan.Runs ? PromptEstimator.TokensPerSecond(scenario, plan, constants) : 0,
            Ceiling(scenario, plan, position),
            MemoryEstimator.BytesReadPerTokenGb(footprint, position),
            batch.Bound,
            batch,
            loadSeconds,
            plan.Parallelism,
            position,
            withAssumptions ? AssumptionWriter.Write(scenario, plan, constants, position) : [])
        {
            // The plan's sentence, written when someone reads the estimate's Problem (most are never read).
            DeferredProblem = plan.WriteProblem is { } write ? new Builds.DeferredText(write) : null,
            Experts = plan.Experts,
            Backend = constants.For(scenario.Devices[0]).Backend,
        };
    }

    // The bandwidth ceiling: bytes per token over raw bandwidth, summed along the sequential path (no efficiency, no overhead).
    private static double Ceiling(InferenceScenario scenario, MemoryPlan plan, int position)
    {
        var footprint = plan.Footprint;
        var kvPerLayer = footprint.KvBytesPerLayer(position);
        double seconds;
        if (plan.Parallelism == ParallelismMode.TensorParallel)
        {
            var bytes = (footprint.ReadBytesPerToken + (footprint.Layers * kvPerLayer)) / scenario.Devices.Count;
            seconds = bytes / (scenario.Devices[0].BandwidthGbs * PhysicsUnits.BytesPerGb);
            for (var i = 1; i < scenario.Devices.Count; i++)
            {
                var device = bytes / (scenario.Devices[i].BandwidthGbs * PhysicsUnits.BytesPerGb);
                // Enumerable.Max's rule: a NaN so far gives way to the next value, then only a larger one wins.
                if (double.IsNaN(seconds) || device > seconds)
                {
                    seconds = device;
                }
            }
        }
        else
        {
            seconds = 0;
            for (var i = 0; i < scenario.Devices.Count; i++)
            {
                var head = i == scenario.Devices.Count - 1 ? footprint.OutputHeadBytes : 0;
                var bytes = (plan.DeviceLayers[i] * (footprint.LayerReadBytes + kvPerLayer)) + head;
                seconds += bytes / (scenario.Devices[i].BandwidthGbs * PhysicsUnits.BytesPerGb);
            }

            if (plan.DeviceReadBytes is { } reads)
            {
                // Loops summing in the order Enumerable.Sum did (from zero, in device order).
                double readSeconds = 0;
                for (var i = 0; i < reads.Count; i++)
                {
                    readSeconds += reads[i] / (scenario.Devices[i].BandwidthGbs * PhysicsUnits.BytesPerGb);
                }

                double kvSeconds = 0;
                for (var i = 0; i < plan.DeviceLayers.Count; i++)
                {
                    kvSeconds += plan.DeviceLayers[i] * kvPerLayer / (scenario.Devices[i].BandwidthGbs * PhysicsUnits.BytesPerGb);
                }

                seconds = readSeconds
                    + (footprint.OutputHeadBytes / (scenario.Devices[^1].BandwidthGbs * PhysicsUnits.BytesPerGb))
                    + kvSeconds
                    + (plan.HostBandwidthGbs > 0 ? plan.RamReadBytes / (plan.HostBandwidthGbs * PhysicsUnits.BytesPerGb) : 0);
            }

            if (plan.OffloadedLayers > 0 && plan.HostBandwidthGbs > 0)
            {
                seconds += plan.OffloadedLayers * (footprint.LayerReadBytes + kvPerLayer) / (plan.HostBandwidthGbs * PhysicsUnits.BytesPerGb);
            }
        }

        return 1 / seconds;
    }
}
