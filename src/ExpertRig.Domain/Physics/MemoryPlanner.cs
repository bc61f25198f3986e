namespace ExpertRig.Domain.Physics;

/// <summary>
/// Places a model on accelerators. Layer split gives each GPU whole layers in proportion to its free memory (as
/// llama.cpp's default --tensor-split does) and checks every card; what does not fit goes to system RAM when the
/// engine can offload. Tensor parallelism gives every GPU a 1/N slice of everything.
/// </summary>
internal static class MemoryPlanner
{
    public static MemoryPlan Plan(InferenceScenario scenario, PhysicsConstants constants)
    {
        var footprint = ModelFootprint.Of(scenario.Model, scenario.Weights, scenario.KvCache, constants);
        var computeBuffer = MemoryEstimator.ComputeBufferGb(scenario.Model, constants) * PhysicsUnits.BytesPerGb;
        var kvPerLayer = footprint.KvBytesPerLayer(scenario.ContextTokens) * scenario.Users;
        if (scenario.EffectiveParallelism == ParallelismMode.TensorParallel && scenario.Devices.Count > 1)
        {
            return TensorParallel(scenario, constants, footprint, kvPerLayer, computeBuffer);
        }

        var layers = LayerSplit(scenario, constants, footprint, kvPerLayer, computeBuffer);
        if (!ExpertPlanner.Applies(scenario, footprint) || (layers.Fits && scenario.ExpertOffload.Mode == ExpertOffloadMode.Auto))
        {
            return layers;
        }

        // A mixture of experts that does not fit keeps routed experts in RAM rather than whole layers (--n-cpu-moe).
        return ExpertPlanner.Plan(scenario, constants, footprint, kvPerLayer, computeBuffer) ?? layers;
    }

    /// <summary>
    /// Whether <see cref="Plan"/>'s placement fits (<see cref="MemoryPlan.Fits"/>), without the MoE planner where its
    /// answer cannot change it: an automatic expert placement is tried only when the layer split does not fit, and it
    /// keeps the experts of at least one layer in RAM, so it never fits; with no expert offload the layer split is the
    /// plan. Only a fixed expert offload needs the whole plan. (Issue 11: fit checks precede most estimates.)
    /// </summary>
    public static bool Fits(InferenceScenario scenario, PhysicsConstants constants)
    {
        if (scenario.ExpertOffload.Mode == ExpertOffloadMode.Fixed)
        {
            return Plan(scenario, constants).Fits;
        }

        var footprint = ModelFootprint.Of(scenario.Model, scenario.Weights, scenario.KvCache, constants);
        var computeBuffer = MemoryEstimator.ComputeBufferGb(scenario.Model, constants) * PhysicsUnits.BytesPerGb;
        var kvPerLayer = footprint.KvBytesPerLayer(scenario.ContextTokens) * scenario.Users;
        if (scenario.EffectiveParallelism == ParallelismMode.TensorParallel && scenario.Devices.Count > 1)
        {
            return TensorParallelFits(scenario, constants, footprint, kvPerLayer, computeBuffer);
        }

        LayerSplit(scenario, constants, footprint, kvPerLayer, computeBuffer, place: false, out _, out var fits);
        return fits;
    }

    /// <summary>
    /// <see cref="Plan"/>'s <see cref="MemoryPlan.Runs"/> and <see cref="MemoryPlan.Fits"/>, worked out by the same
    /// arithmetic without making the plan (its per-device records, lists and sentences: issue 11, most rungs tried are
    /// only checked); null where the MoE planner would place the experts, since then only its plan knows.
    /// </summary>
    public static (bool Runs, bool Fits)? Placement(InferenceScenario scenario, PhysicsConstants constants)
    {
        var footprint = ModelFootprint.Of(scenario.Model, scenario.Weights, scenario.KvCache, constants);
        var computeBuffer = MemoryEstimator.ComputeBufferGb(scenario.Model, constants) * PhysicsUnits.BytesPerGb;
        var kvPerLayer = footprint.KvBytesPerLayer(scenario.ContextTokens) * scenario.Users;
        if (scenario.EffectiveParallelism == ParallelismMode.TensorParallel && scenario.Devices.Count > 1)
        {
            // A tensor-parallel plan offloads nothing: it runs exactly when it fits.
            var sliced = TensorParallelFits(scenario, constants, footprint, kvPerLayer, computeBuffer);
            return (sliced, sliced);
        }

        LayerSplit(scenario, constants, footprint, kvPerLayer, computeBuffer, place: false, out var runs, out var fits);
        // Plan keeps the layer split unless the MoE planner applies and the split does not fit under an automatic placement.
        return !ExpertPlanner.Applies(scenario, footprint) || (fits && scenario.ExpertOffload.Mode == ExpertOffloadMode.Auto) ? (runs, fits) : null;
    }

    /// <summary>Bytes a device may fill: its memory × usable share, × vLLM's utilisation share when vLLM runs it.</summary>
    public static double UsableBytes(DeviceSpec device, InferenceEngine engine, PhysicsConstants constants)
    {
        var fraction = device.UsableMemoryFraction ?? constants.For(device).UsableMemoryFraction;
        var engineShare = engine == InferenceEngine.Vllm ? constants.Memory.VllmGpuMemoryUtilization : 1.0;
        return device.MemoryBytes * fraction * engineShare;
    }

    private static MemoryPlan TensorParallel(InferenceScenario scenario, PhysicsConstants constants, ModelFootprint footprint, double kvPerLayer, double computeBuffer)
    {
        var count = scenario.Devices.Count;
        var uses = scenario.Devices.Select(device => Slice(scenario, constants, footprint, kvPerLayer, computeBuffer, device))
            .ToList();
        var fits = uses.All(u => u.Fits);
        var problem = fits ? null : SliceTooLarge(uses, count);
        return new MemoryPlan(
            ParallelismMode.TensorParallel,
            footprint,
            Enumerable.Repeat(footprint.Layers, count).ToList(),
            uses,
            0,
            0,
            0,
            fits,
            problem);
    }

    // What one device holds under tensor parallelism: a 1/N slice of every layer.
    private static DeviceMemoryUse Slice(InferenceScenario scenario, PhysicsConstants constants, ModelFootprint footprint, double kvPerLayer, double computeBuffer, DeviceSpec device)
    {
        var count = scenario.Devices.Count;
        return new DeviceMemoryUse(
            device.Name,
            footprint.Layers,
            PhysicsUnits.ToGb(footprint.TotalWeightBytes / count),
            PhysicsUnits.ToGb(kvPerLayer * footprint.Layers / count),
            constants.For(device).RuntimeOverheadGb + PhysicsUnits.ToGb(computeBuffer),
            PhysicsUnits.ToGb(UsableBytes(device, scenario.Engine, constants)));
    }

    // Whether every device's slice fits (TensorParallel's Fits): the same records, checked one at a time and dropped.
    private static bool TensorParallelFits(InferenceScenario scenario, PhysicsConstants constants, ModelFootprint footprint, double kvPerLayer, double computeBuffer)
    {
        for (var i = 0; i < scenario.Devices.Count; i++)
        {
            if (!Slice(scenario, constants, footprint, kvPerLayer, computeBuffer, scenario.Devices[i]).Fits)
            {
                return false;
            }
        }

        return true;
    }

    private static MemoryPlan LayerSplit(InferenceScenario scenario, PhysicsConstants constants, ModelFootprint footprint, double kvPerLayer, double computeBuffer) =>
        LayerSplit(scenario, constants, footprint, kvPerLayer, computeBuffer, place: true, out _, out _)!;

    // Devices whose per-device figures are kept on the stack while a layer split is worked out.
    private const int StackDevices = 16;

    // The layer split; with place, the plan (null without: then only whether it runs and fits, the plan's Runs and
    // Fits, worked out by the same arithmetic without its per-device records, lists and sentences).
    private static MemoryPlan? LayerSplit(
        InferenceScenario scenario, PhysicsConstants constants, ModelFootprint footprint, double kvPerLayer, double computeBuffer, bool place,
        out bool runs, out bool fits)
    {
        var devices = scenario.Devices;
        var count = devices.Count;
        // llama.cpp keeps the input embedding in host memory (only one row is read per token); other engines load it on GPU 0.
        var embeddingOnHost = scenario.EngineCanOffload;
        var perLayer = footprint.LayerWeightBytes + kvPerLayer;
        // Per device, in one pass (every estimate plans a placement): its fixed bytes, the bytes it may fill, what is
        // left for layers and how many whole layers that holds.
        var usable = count <= StackDevices ? stackalloc double[count] : new double[count];
        var available = count <= StackDevices ? stackalloc double[count] : new double[count];
        var capacity = count <= StackDevices ? stackalloc int[count] : new int[count];
        var overheadGb = count <= StackDevices ? stackalloc double[count] : new double[count];
        for (var i = 0; i < count; i++)
        {
            var device = devices[i];
            overheadGb[i] = constants.For(device).RuntimeOverheadGb;
            var fixedBytes = (overheadGb[i] * PhysicsUnits.BytesPerGb)
                + computeBuffer
                + (i == 0 && !embeddingOnHost ? footprint.InputEmbeddingBytes : 0)
                + (i == count - 1 ? footprint.OutputHeadBytes : 0);
            usable[i] = UsableBytes(device, scenario.Engine, constants);
            available[i] = Math.Max(0, usable[i] - fixedBytes);
            capacity[i] = (int)Math.Floor(available[i] / perLayer);
        }

        // The plan keeps its layer counts; a check without the plan keeps them on the stack (zeroed, as Distribute needs).
        var kept = place ? new int[count] : null;
        Span<int> layers = kept is null && count <= StackDevices ? stackalloc int[count] : kept ?? new int[count];
        LayerDistribution.Distribute(footprint.Layers, available, capacity, layers);
        // Loops, not LINQ: every estimate plans a placement.
        var placed = 0;
        var uses = place ? new List<DeviceMemoryUse>(count) : null;
        var fitsEverywhere = true;
        double firstTotalGb = 0;
        for (var i = 0; i < count; i++)
        {
            placed += layers[i];
            var weightsGb = PhysicsUnits.ToGb((layers[i] * footprint.LayerWeightBytes)
                + (i == 0 && !embeddingOnHost ? footprint.InputEmbeddingBytes : 0)
                + (i == count - 1 ? footprint.OutputHeadBytes : 0));
            var kvGb = PhysicsUnits.ToGb(layers[i] * kvPerLayer);
            var deviceOverheadGb = overheadGb[i] + PhysicsUnits.ToGb(computeBuffer);
            var usableGb = PhysicsUnits.ToGb(usable[i]);
            // DeviceMemoryUse's own TotalGb and Fits, whether or not the record is made.
            var totalGb = DeviceMemoryUse.Total(weightsGb, kvGb, deviceOverheadGb);
            firstTotalGb = i == 0 ? totalGb : firstTotalGb;
            fitsEverywhere &= DeviceMemoryUse.FitsIn(totalGb, usableGb);
            uses?.Add(new DeviceMemoryUse(devices[i].Name, layers[i], weightsGb, kvGb, deviceOverheadGb, usableGb));
        }

        var offloaded = footprint.Layers - placed;
        var hostBytes = offloaded * perLayer;
        // A layer split's plan fits when nothing is offloaded and every device's share fits (MemoryPlan.Fits).
        fits = offloaded == 0 && fitsEverywhere;
        if (offloaded == 0)
        {
            runs = fitsEverywhere;
            return uses is null
                ? null
                : new MemoryPlan(ParallelismMode.LayerSplit, footprint, kept!, uses, 0, 0, 0, fitsEverywhere, fitsEverywhere ? null : static () => "the runtime overhead and output head do not fit on the last GPU");
        }

        var (hostCapacity, hostBandwidth, hostName) = Host(scenario, constants, firstTotalGb);
        var hostTooSmall = hostCapacity is { } free && hostBytes + (embeddingOnHost ? footprint.InputEmbeddingBytes : 0) > free;
        runs = scenario.EngineCanOffload && hostCapacity is not null && !hostTooSmall;
        if (uses is null)
        {
            return null;
        }

        Func<string>? problem = null;
        if (!scenario.EngineCanOffload)
        {
            problem = CannotOffload(offloaded, footprint.Layers, scenario.Engine);
        }
        else if (hostCapacity is null)
        {
            problem = NoRamToOffloadTo(offloaded, footprint.Layers);
        }
        else if (hostTooSmall)
        {
            problem = HostTooSmall(offloaded, footprint.Layers, hostBytes, hostName, hostCapacity.Value);
        }

        return new MemoryPlan(ParallelismMode.LayerSplit, footprint, kept!, uses, offloaded, hostBytes, hostBandwidth, problem is null, problem);
    }

    // The sentences of plans that do not run, written when read (issue 11: most plans of a consultation are dropped
    // unread). Each is made in its own method so that its closure is allocated only when a plan has that problem.
    private static Func<string> SliceTooLarge(List<DeviceMemoryUse> uses, int count) =>
        () => $"each GPU needs {Figures.Gb(uses[0].TotalGb)} for its 1/{count} slice but may use {Figures.Gb(uses.Min(u => u.UsableGb))}, and tensor parallelism here cannot offload to system RAM";

    private static Func<string> CannotOffload(int offloaded, int layers, InferenceEngine engine) =>
        () => $"{offloaded} of {layers} layers do not fit in accelerator memory and {EngineNames.Display(engine)} cannot offload layers to system RAM";

    private static Func<string> NoRamToOffloadTo(int offloaded, int layers) =>
        () => $"{offloaded} of {layers} layers do not fit in accelerator memory and no system RAM was given to offload them to";

    private static Func<string> HostTooSmall(int offloaded, int layers, double hostBytes, string hostName, double hostCapacity) =>
        () => $"{offloaded} of {layers} layers ({Figures.Gb(PhysicsUnits.ToGb(hostBytes))}) do not fit in accelerator memory, and {hostName} has only {Figures.Gb(PhysicsUnits.ToGb(hostCapacity))} free for them";

    // Unified memory offloads into the same pool (the part macOS keeps from the GPU); discrete cards offload to system RAM.
    // firstTotalGb: what the first device holds (its DeviceMemoryUse.TotalGb).
    private static (double? Capacity, double BandwidthGbs, string Name) Host(InferenceScenario scenario, PhysicsConstants constants, double firstTotalGb)
    {
        var reserved = constants.Memory.SystemRamReservedGb * PhysicsUnits.BytesPerGb;
        var device = scenario.Devices[0];
        if (device.IsUnified)
        {
            var free = device.MemoryBytes - reserved - (firstTotalGb * PhysicsUnits.BytesPerGb);
            return (Math.Max(0, free), device.BandwidthGbs, "the unified memory pool");
        }

        return scenario.Host is { } host
            ? (Math.Max(0, (host.SystemRamGb * PhysicsUnits.BytesPerGib) - reserved), host.RamBandwidthGbs, "system RAM")
            : (null, 0, "system RAM");
    }
}
