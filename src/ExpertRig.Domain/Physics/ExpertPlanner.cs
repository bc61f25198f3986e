namespace ExpertRig.Domain.Physics;

/// <summary>
/// Places a mixture of experts the way llama.cpp's <c>-ngl 999 --n-cpu-moe N</c> does: every layer on the GPUs
/// (attention, router, shared experts, dense feed-forward blocks and KV cache) except the routed experts of the first
/// N layers, which stay in system RAM. The GPUs are filled in order with contiguous layers; RAM must hold the experts
/// it keeps plus the OS reserve (never paging).
/// </summary>
internal static class ExpertPlanner
{
    /// <summary>True when the scenario can split experts from their layers (llama.cpp or Ollama, discrete GPUs, a MoE layout).</summary>
    public static bool Applies(InferenceScenario scenario, ModelFootprint footprint) =>
        footprint.Experts is not null
        && scenario.EngineCanOffload
        && scenario.EffectiveParallelism == ParallelismMode.LayerSplit
        && scenario.ExpertOffload.Mode != ExpertOffloadMode.None
        && !scenario.Devices[0].IsUnified;

    /// <summary>
    /// The placement of <see cref="InferenceScenario.ExpertOffload"/>: a fixed N, or for automatic the smallest N whose
    /// GPU share fits (the fastest, as RAM streams slower than any GPU); null when automatic finds none.
    /// </summary>
    public static MemoryPlan? Plan(InferenceScenario scenario, PhysicsConstants constants, ModelFootprint footprint, double kvPerLayer, double computeBuffer)
    {
        var experts = footprint.Experts!;
        var room = Room.Of(scenario, constants, footprint, computeBuffer);
        if (scenario.ExpertOffload.Mode == ExpertOffloadMode.Fixed)
        {
            var ramLayers = Math.Clamp(scenario.ExpertOffload.Layers - experts.DenseLayers, 0, experts.MoeLayers);
            return At(scenario, constants, footprint, kvPerLayer, computeBuffer, room, ramLayers, probe: false).Plan;
        }

        // The first N that fits the GPUs; a larger N would only need more RAM and read more from it. Each layer only
        // shrinks as N grows, so once the GPUs hold the rest they hold it for every larger N: the first such N is
        // found by bisection (the same N a scan from 1 finds, in log2 of the layers' placements).
        int low = 1, high = experts.MoeLayers + 1;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (At(scenario, constants, footprint, kvPerLayer, computeBuffer, room, middle, probe: true).GpusHoldTheRest)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        if (low > experts.MoeLayers)
        {
            return null;
        }

        var plan = At(scenario, constants, footprint, kvPerLayer, computeBuffer, room, low, probe: false).Plan!;
        return plan.Runs ? plan : null;
    }

    // The placement with ramLayers MoE layers' experts in RAM. A bisection probe (probe) only asks whether the GPUs
    // hold the rest: it stops there, with no plan (Plan null) and no sentence, the same answer with far less work.
    private static (MemoryPlan? Plan, bool GpusHoldTheRest) At(
        InferenceScenario scenario, PhysicsConstants constants, ModelFootprint footprint, double kvPerLayer, double computeBuffer, Room space,
        int ramLayers, bool probe)
    {
        var experts = footprint.Experts!;
        var devices = scenario.Devices;
        var layerCount = footprint.Layers;
        // Layer i: the dense layers come first; the first ramLayers MoE layers keep their routed experts in RAM.
        var firstGpuExperts = experts.DenseLayers + ramLayers;
        double Stored(int i) => experts.NonExpertBytesPerLayer + kvPerLayer + (i >= firstGpuExperts ? experts.StoredBytesPerMoeLayer : 0);
        double Read(int i) => experts.NonExpertReadBytesPerLayer + (i >= firstGpuExperts ? experts.ReadBytesPerMoeLayer : 0);
        var fixedBytes = space.FixedBytes;
        var usable = space.UsableBytes;

        var counts = new int[devices.Count];
        var weights = new double[devices.Count];
        // What the GPUs read per token is only wanted for a plan, not for a probe.
        var reads = probe ? null : new double[devices.Count];
        var layer = 0;
        for (var d = 0; d < devices.Count && layer < layerCount; d++)
        {
            // Contiguous layers, each GPU filled before the next: any split that fits, this one fits too.
            var room = usable[d] - fixedBytes[d];
            while (layer < layerCount)
            {
                var stored = Stored(layer);
                if (!(stored <= room + 1e-9))
                {
                    break;
                }

                room -= stored;
                weights[d] += stored - kvPerLayer;
                if (reads is not null)
                {
                    reads[d] += Read(layer);
                }

                counts[d]++;
                layer++;
            }
        }

        DeviceMemoryUse Use(int i) => new(
            devices[i].Name,
            counts[i],
            PhysicsUnits.ToGb(weights[i] + (i == devices.Count - 1 ? footprint.OutputHeadBytes : 0)),
            PhysicsUnits.ToGb(counts[i] * kvPerLayer),
            constants.For(devices[i]).RuntimeOverheadGb + PhysicsUnits.ToGb(computeBuffer),
            PhysicsUnits.ToGb(usable[i]));

        if (probe)
        {
            // Each device's use is made and asked in turn, stopping at the first that does not fit (no list).
            if (layer != layerCount)
            {
                return (null, false);
            }

            for (var i = 0; i < devices.Count; i++)
            {
                if (!Use(i).Fits)
                {
                    return (null, false);
                }
            }

            return (null, true);
        }

        var uses = new List<DeviceMemoryUse>(devices.Count);
        for (var i = 0; i < devices.Count; i++)
        {
            uses.Add(Use(i));
        }

        var ramExperts = ramLayers * experts.StoredBytesPerMoeLayer;
        var gpuExpertLayers = experts.MoeLayers - ramLayers;
        var placement = new ExpertPlacement(
            experts.DenseLayers + ramLayers,
            ramLayers,
            gpuExpertLayers,
            PhysicsUnits.ToGb(ramExperts),
            PhysicsUnits.ToGb(gpuExpertLayers * experts.StoredBytesPerMoeLayer),
            PhysicsUnits.ToGb(ramLayers * experts.ReadBytesPerMoeLayer),
            PhysicsUnits.ToGb(SumInOrder(reads!) + footprint.OutputHeadBytes));

        var reserved = constants.Memory.SystemRamReservedGb * PhysicsUnits.BytesPerGb;
        var ramFree = scenario.Host is { } host ? Math.Max(0, (host.SystemRamGb * PhysicsUnits.BytesPerGib) - reserved) : (double?)null;
        var ramNeed = ramExperts + footprint.InputEmbeddingBytes;
        string? problem = null;
        var gpusHoldTheRest = layer == layerCount;
        for (var i = 0; i < uses.Count && gpusHoldTheRest; i++)
        {
            gpusHoldTheRest = uses[i].Fits;
        }

        if (!gpusHoldTheRest)
        {
            problem = $"with the routed experts of {placement.NCpuMoe} layers in system RAM the other {layerCount - layer} of {layerCount} layers still do not fit in accelerator memory";
        }
        else if (ramLayers > 0 && ramFree is null)
        {
            problem = $"the routed experts of {placement.NCpuMoe} layers ({Figures.Gb(PhysicsUnits.ToGb(ramExperts))}) need system RAM and none was given";
        }
        else if (ramLayers > 0 && ramNeed > ramFree)
        {
            problem = $"the routed experts of {placement.NCpuMoe} layers ({Figures.Gb(PhysicsUnits.ToGb(ramExperts))}) do not fit in system RAM, which has {Figures.Gb(PhysicsUnits.ToGb(ramFree!.Value))} free after the {Figures.Gb(constants.Memory.SystemRamReservedGb)} OS reserve";
        }

        return (new MemoryPlan(
            ParallelismMode.LayerSplit,
            footprint,
            counts,
            uses,
            0,
            ramExperts,
            scenario.Host?.RamBandwidthGbs ?? 0,
            problem is null,
            problem)
        {
            Experts = placement,
            DeviceReadBytes = reads!,
            RamReadBytes = ramLayers * experts.ReadBytesPerMoeLayer,
        }, gpusHoldTheRest);
    }

    // Enumerable.Sum's order (from zero, first to last) without its enumeration.
    private static double SumInOrder(double[] values)
    {
        double sum = 0;
        for (var i = 0; i < values.Length; i++)
        {
            sum += values[i];
        }

        return sum;
    }

    // What each device has for layers, the same for every N: its fixed bytes (runtime overhead, compute buffer, the
    // output head on the last) and the bytes it may fill.
    private sealed class Room(double[] fixedBytes, double[] usableBytes)
    {
        public double[] FixedBytes { get; } = fixedBytes;

        public double[] UsableBytes { get; } = usableBytes;

        public static Room Of(InferenceScenario scenario, PhysicsConstants constants, ModelFootprint footprint, double computeBuffer)
        {
            var devices = scenario.Devices;
            var fixedBytes = new double[devices.Count];
            var usable = new double[devices.Count];
            for (var i = 0; i < devices.Count; i++)
            {
                fixedBytes[i] = (constants.For(devices[i]).RuntimeOverheadGb * PhysicsUnits.BytesPerGb)
                    + computeBuffer
                    + (i == devices.Count - 1 ? footprint.OutputHeadBytes : 0);
                usable[i] = MemoryPlanner.UsableBytes(devices[i], scenario.Engine, constants);
            }

            return new Room(fixedBytes, usable);
        }
    }
}
