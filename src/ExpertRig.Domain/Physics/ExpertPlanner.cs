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
            return At(scenario, constants, footprint, kvPerLayer, computeBuffer, room, ramLayers).Plan;
        }

        // The first N that fits the GPUs; a larger N would only need more RAM and read more from it. Each layer only
        // shrinks as N grows, so once the GPUs hold the rest they hold it for every larger N: the first such N is
        // found by bisection (the same N a scan from 1 finds, in log2 of the layers' placements).
        int low = 1, high = experts.MoeLayers + 1;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (GpusHoldTheRest(scenario, constants, footprint, kvPerLayer, computeBuffer, room, middle))
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

        var plan = At(scenario, constants, footprint, kvPerLayer, computeBuffer, room, low).Plan!;
        return plan.Runs ? plan : null;
    }

    // At's probe without its arrays, device uses or closures (issue 11: several probes per MoE estimate): each GPU is
    // filled exactly as At fills it, in the same order of operations, and its use is checked as DeviceMemoryUse.Fits
    // checks it (weights + KV + overhead against usable GB). The answer is At's: every layer placed and every device fits.
    internal static bool GpusHoldTheRest(
        InferenceScenario scenario, PhysicsConstants constants, ModelFootprint footprint, double kvPerLayer, double computeBuffer, Room space,
        int ramLayers)
    {
        var experts = footprint.Experts!;
        var devices = scenario.Devices;
        var layerCount = footprint.Layers;
        var firstGpuExperts = experts.DenseLayers + ramLayers;
        var fixedBytes = space.FixedBytes;
        var usable = space.UsableBytes;
        var allFit = true;
        var layer = 0;
        for (var d = 0; d < devices.Count; d++)
        {
            var count = 0;
            double weights = 0;
            if (layer < layerCount)
            {
                var room = usable[d] - fixedBytes[d];
                while (layer < layerCount)
                {
                    var stored = experts.NonExpertBytesPerLayer + kvPerLayer + (layer >= firstGpuExperts ? experts.StoredBytesPerMoeLayer : 0);
                    if (!(stored <= room + 1e-9))
                    {
                        break;
                    }

                    room -= stored;
                    weights += stored - kvPerLayer;
                    count++;
                    layer++;
                }
            }

            var weightsGb = PhysicsUnits.ToGb(weights + (d == devices.Count - 1 ? footprint.OutputHeadBytes : 0));
            var kvGb = PhysicsUnits.ToGb(count * kvPerLayer);
            var overheadGb = space.RuntimeOverheadGb[d] + PhysicsUnits.ToGb(computeBuffer);
            allFit &= weightsGb + kvGb + overheadGb <= PhysicsUnits.ToGb(usable[d]) + 1e-9;
        }

        return layer == layerCount && allFit;
    }

    // The placement with ramLayers MoE layers' experts in RAM (a bisection probe asks GpusHoldTheRest instead).
    internal static (MemoryPlan? Plan, bool GpusHoldTheRest) At(
        InferenceScenario scenario, PhysicsConstants constants, ModelFootprint footprint, double kvPerLayer, double computeBuffer, Room space,
        int ramLayers)
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
        var reads = new double[devices.Count];
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
                reads[d] += Read(layer);

                counts[d]++;
                layer++;
            }
        }

        DeviceMemoryUse Use(int i) => new(
            devices[i].Name,
            counts[i],
            PhysicsUnits.ToGb(weights[i] + (i == devices.Count - 1 ? footprint.OutputHeadBytes : 0)),
            PhysicsUnits.ToGb(counts[i] * kvPerLayer),
            space.RuntimeOverheadGb[i] + PhysicsUnits.ToGb(computeBuffer),
            PhysicsUnits.ToGb(usable[i]));

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
        Func<string>? problem = null;
        var gpusHoldTheRest = layer == layerCount;
        for (var i = 0; i < uses.Count && gpusHoldTheRest; i++)
        {
            gpusHoldTheRest = uses[i].Fits;
        }

        if (!gpusHoldTheRest)
        {
            problem = RestDoesNotFit(placement.NCpuMoe, layerCount - layer, layerCount);
        }
        else if (ramLayers > 0 && ramFree is null)
        {
            problem = NoRamForExperts(placement.NCpuMoe, ramExperts);
        }
        else if (ramLayers > 0 && ramNeed > ramFree)
        {
            problem = RamTooSmallForExperts(placement.NCpuMoe, ramExperts, ramFree!.Value, constants.Memory.SystemRamReservedGb);
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

    // The sentences of plans that do not run, written when read (issue 11: most plans are dropped unread); each in its
    // own method so that its closure is allocated only when a plan has that problem.
    private static Func<string> RestDoesNotFit(int nCpuMoe, int left, int layerCount) =>
        () => $"with the routed experts of {nCpuMoe} layers in system RAM the other {left} of {layerCount} layers still do not fit in accelerator memory";

    private static Func<string> NoRamForExperts(int nCpuMoe, double ramExperts) =>
        () => $"the routed experts of {nCpuMoe} layers ({Figures.Gb(PhysicsUnits.ToGb(ramExperts))}) need system RAM and none was given";

    private static Func<string> RamTooSmallForExperts(int nCpuMoe, double ramExperts, double ramFree, double reservedGb) =>
        () => $"the routed experts of {nCpuMoe} layers ({Figures.Gb(PhysicsUnits.ToGb(ramExperts))}) do not fit in system RAM, which has {Figures.Gb(PhysicsUnits.ToGb(ramFree))} free after the {Figures.Gb(reservedGb)} OS reserve";

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
    internal sealed class Room(double[] fixedBytes, double[] usableBytes, double[] runtimeOverheadGb)
    {
        public double[] FixedBytes { get; } = fixedBytes;

        public double[] UsableBytes { get; } = usableBytes;

        /// <summary>Each device's runtime overhead in GB (its class constants', looked up once for every N).</summary>
        public double[] RuntimeOverheadGb { get; } = runtimeOverheadGb;

        public static Room Of(InferenceScenario scenario, PhysicsConstants constants, ModelFootprint footprint, double computeBuffer)
        {
            var devices = scenario.Devices;
            var fixedBytes = new double[devices.Count];
            var usable = new double[devices.Count];
            var overhead = new double[devices.Count];
            for (var i = 0; i < devices.Count; i++)
            {
                overhead[i] = constants.For(devices[i]).RuntimeOverheadGb;
                fixedBytes[i] = (overhead[i] * PhysicsUnits.BytesPerGb)
                    + computeBuffer
                    + (i == devices.Count - 1 ? footprint.OutputHeadBytes : 0);
                usable[i] = MemoryPlanner.UsableBytes(devices[i], scenario.Engine, constants);
            }

            return new Room(fixedBytes, usable, overhead);
        }
    }
}
