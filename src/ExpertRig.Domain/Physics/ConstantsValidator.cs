namespace ExpertRig.Domain.Physics;

/// <summary>Checks a parsed constants document for missing and out-of-range values and builds <see cref="PhysicsConstants"/>.</summary>
internal sealed class ConstantsValidator(string sourceName)
{
    public PhysicsConstants Validate(PhysicsConstantsLoader.ConstantsDocument document)
    {
        var decode = Require(document.Decode, "decode");
        var interconnect = Require(document.Interconnect, "interconnect");
        var memory = Require(document.Memory, "memory");
        var power = Require(document.Power, "power");

        return new PhysicsConstants(
            DeviceClasses(Require(document.DeviceClasses, "device_classes")),
            new DecodeConstants(
                Range(decode.UnquantizedStreamFactor, "decode.unquantized_stream_factor", 0.5, 2),
                Range(decode.LayerSplitHopMs, "decode.layer_split_hop_ms", 0, 10),
                Fraction(decode.CpuBandwidthEfficiency, "decode.cpu_bandwidth_efficiency"),
                Text(decode.Source, "decode.source"))
            {
                CpuExpertLayerMicroseconds = decode.CpuExpertLayerUs is null ? 0 : Range(decode.CpuExpertLayerUs, "decode.cpu_expert_layer_us", 0, 10_000),
            },
            new InterconnectConstants(
                PcieLanes(Require(interconnect.PcieGbsPerLane, "interconnect.pcie_gbs_per_lane")),
                Range(interconnect.PcieAllReduceLatencyUs, "interconnect.pcie_all_reduce_latency_us", 0, 1000),
                Range(interconnect.NvlinkAllReduceLatencyUs, "interconnect.nvlink_all_reduce_latency_us", 0, 1000),
                Range(interconnect.ActivationBytesPerElement, "interconnect.activation_bytes_per_element", 0.5, 4),
                Text(interconnect.Source, "interconnect.source")),
            new MemoryConstants(
                KvBytes(Require(memory.KvBytesPerElement, "memory.kv_bytes_per_element")),
                (int)Range(memory.ComputeBufferUbatchTokens, "memory.compute_buffer_ubatch_tokens", 1, 65536),
                Range(memory.ComputeBufferHiddenWidths, "memory.compute_buffer_hidden_widths", 0, 64),
                Fraction(memory.VllmGpuMemoryUtilization, "memory.vllm_gpu_memory_utilization"),
                Range(memory.SystemRamReservedGb, "memory.system_ram_reserved_gb", 0, 1024),
                Text(memory.Source, "memory.source"))
            {
                Mxfp4ExpertBits = memory.Mxfp4ExpertBits is null ? 4.25 : Range(memory.Mxfp4ExpertBits, "memory.mxfp4_expert_bits", 1, 16),
                Mxfp4OtherBits = memory.Mxfp4OtherBits is null ? 4.25 : Range(memory.Mxfp4OtherBits, "memory.mxfp4_other_bits", 1, 32),
            },
            new PowerConstants(
                Fraction(power.PsuMaxLoadFraction, "power.psu_max_load_fraction"),
                Fraction(power.PsuEfficiency, "power.psu_efficiency"),
                Fraction(power.ContinuousLoadFraction, "power.continuous_load_fraction"),
                Range(power.DualPsuAboveWatts, "power.dual_psu_above_watts", 100, 100_000),
                Range(power.MaxSinglePsuWatts, "power.max_single_psu_watts", 100, 10_000),
                PsuSizes(Require(power.StandardPsuWatts, "power.standard_psu_watts")),
                Text(power.Source, "power.source")));
    }

    private IReadOnlyDictionary<DeviceClass, DeviceClassConstants> DeviceClasses(List<PhysicsConstantsLoader.DeviceClassSection> sections)
    {
        var result = new Dictionary<DeviceClass, DeviceClassConstants>();
        foreach (var section in sections)
        {
            if (!DeviceClassIds.TryParse(section.Class, out var deviceClass))
            {
                throw Error($"device_classes: unknown class '{section.Class}'; allowed: {string.Join(", ", DeviceClassIds.All)}");
            }

            var key = $"device_classes[{section.Class}]";
            if (result.ContainsKey(deviceClass))
            {
                throw Error($"{key} appears twice; keep one entry per class");
            }

            var primary = new DeviceClassConstants(
                Fraction(section.BandwidthEfficiency, $"{key}.bandwidth_efficiency"),
                Range(section.PerLayerOverheadUs, $"{key}.per_layer_overhead_us", 0, 10_000),
                Fraction(section.PromptComputeEfficiency, $"{key}.prompt_compute_efficiency"),
                Fraction(section.BatchedDecodeComputeEfficiency, $"{key}.batched_decode_compute_efficiency"),
                Range(section.RuntimeOverheadGb, $"{key}.runtime_overhead_gb", 0, 64),
                Fraction(section.UsableMemoryFraction, $"{key}.usable_memory_fraction"),
                Text(section.Source, $"{key}.source"))
            {
                AttentionNanosecondsPerCachedToken = section.AttentionNsPerCachedToken is null ? 0 : Range(section.AttentionNsPerCachedToken, $"{key}.attention_ns_per_cached_token", 0, 1000),
                MoeLayerMicroseconds = section.MoeLayerOverheadUs is null ? 0 : Range(section.MoeLayerOverheadUs, $"{key}.moe_layer_overhead_us", 0, 10_000),
                Backend = BackendOf(section.Backend, $"{key}.backend"),
                ChoosesFastestBackend = section.BackendChoice switch
                {
                    null or "default" => false,
                    "fastest" => true,
                    _ => throw Error($"{key}.backend_choice is '{section.BackendChoice}'; allowed: default, fastest"),
                },
            };
            primary = primary with { ChipEfficiencies = Chips(section.Chips ?? [], key) };
            result[deviceClass] = primary with { OtherBackends = OtherBackends(primary, section.OtherBackends ?? [], key) };
        }

        var missing = Enum.GetValues<DeviceClass>().Where(c => !result.ContainsKey(c)).Select(DeviceClassIds.ToId).ToList();
        if (missing.Count > 0)
        {
            throw Error($"device_classes: missing entries for {string.Join(", ", missing)}");
        }

        return result;
    }

    private Backend BackendOf(string? id, string key)
    {
        if (id is null)
        {
            throw Error($"missing key '{key}'; allowed: {string.Join(", ", BackendNames.All)}");
        }

        return BackendNames.TryParse(id, out var backend)
            ? backend
            : throw Error($"{key}: unknown backend '{id}'; allowed: {string.Join(", ", BackendNames.All)}");
    }

    // Chips of a class with their own bandwidth efficiency, each with the measurements it was fitted on.
    private IReadOnlyDictionary<string, double> Chips(List<PhysicsConstantsLoader.ChipSection> sections, string classKey)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var section in sections)
        {
            var key = $"{classKey}.chips[{section.Chip}]";
            if (AppleChips.Parse(section.Chip) is not { } chip || chip != section.Chip)
            {
                throw Error($"{key}: chip must read like 'M2 Ultra' or 'M4' (M1-M9 with Pro, Max or Ultra)");
            }

            if (!result.TryAdd(chip, Fraction(section.BandwidthEfficiency, $"{key}.bandwidth_efficiency")))
            {
                throw Error($"{key} appears twice; keep one entry per chip");
            }

            Text(section.Source, $"{key}.source");
        }

        return result;
    }

    // Another backend of a class: its own efficiencies, overhead and source; memory figures stay the class's.
    private IReadOnlyList<DeviceClassConstants> OtherBackends(DeviceClassConstants primary, List<PhysicsConstantsLoader.BackendSection> sections, string classKey)
    {
        var result = new List<DeviceClassConstants>();
        foreach (var section in sections)
        {
            var key = $"{classKey}.other_backends[{section.Backend}]";
            var backend = BackendOf(section.Backend, $"{key}.backend");
            if (backend == primary.Backend || result.Any(b => b.Backend == backend))
            {
                throw Error($"{key} appears twice; keep one entry per backend");
            }

            result.Add(primary with
            {
                Backend = backend,
                BandwidthEfficiency = Fraction(section.BandwidthEfficiency, $"{key}.bandwidth_efficiency"),
                PerLayerOverheadMicroseconds = Range(section.PerLayerOverheadUs, $"{key}.per_layer_overhead_us", 0, 10_000),
                AttentionNanosecondsPerCachedToken = section.AttentionNsPerCachedToken is null ? primary.AttentionNanosecondsPerCachedToken : Range(section.AttentionNsPerCachedToken, $"{key}.attention_ns_per_cached_token", 0, 1000),
                MoeLayerMicroseconds = section.MoeLayerOverheadUs is null ? primary.MoeLayerMicroseconds : Range(section.MoeLayerOverheadUs, $"{key}.moe_layer_overhead_us", 0, 10_000),
                PromptComputeEfficiency = section.PromptComputeEfficiency is null ? primary.PromptComputeEfficiency : Fraction(section.PromptComputeEfficiency, $"{key}.prompt_compute_efficiency"),
                Source = Text(section.Source, $"{key}.source"),
                OtherBackends = [],
            });
        }

        return result;
    }

    private IReadOnlyDictionary<int, double> PcieLanes(Dictionary<int, double> lanes)
    {
        if (lanes.Count == 0)
        {
            throw Error("interconnect.pcie_gbs_per_lane needs at least one generation");
        }

        foreach (var (generation, gbs) in lanes)
        {
            Range(gbs, $"interconnect.pcie_gbs_per_lane[{generation}]", 0.1, 100);
        }

        return lanes;
    }

    private IReadOnlyDictionary<KvCacheType, double> KvBytes(Dictionary<string, double> bytes)
    {
        var ids = new Dictionary<string, KvCacheType>(StringComparer.Ordinal)
        {
            ["f16"] = KvCacheType.F16,
            ["q8_0"] = KvCacheType.Q8_0,
            ["q4_0"] = KvCacheType.Q4_0,
        };
        var result = new Dictionary<KvCacheType, double>();
        foreach (var (id, value) in bytes)
        {
            if (!ids.TryGetValue(id, out var type))
            {
                throw Error($"memory.kv_bytes_per_element: unknown cache type '{id}'; allowed: {string.Join(", ", ids.Keys)}");
            }

            result[type] = Range(value, $"memory.kv_bytes_per_element.{id}", 0.1, 4);
        }

        var missing = ids.Where(pair => !result.ContainsKey(pair.Value)).Select(pair => pair.Key).ToList();
        return missing.Count == 0 ? result : throw Error($"memory.kv_bytes_per_element: missing {string.Join(", ", missing)}");
    }

    private IReadOnlyList<int> PsuSizes(List<int> sizes)
    {
        if (sizes.Count == 0 || sizes.Any(size => size <= 0) || sizes.Zip(sizes.Skip(1)).Any(pair => pair.First >= pair.Second))
        {
            throw Error("power.standard_psu_watts must list positive ratings in ascending order");
        }

        return sizes;
    }

    private T Require<T>(T? value, string key)
        where T : class =>
        value ?? throw Error($"missing key '{key}'");

    private double Fraction(double? value, string key) => Range(value, key, double.Epsilon, 1);

    private double Range(double? value, string key, double min, double max)
    {
        if (value is not { } number)
        {
            throw Error($"missing key '{key}'");
        }

        return number >= min && number <= max && double.IsFinite(number)
            ? number
            : throw Error($"{key} is {number}; allowed range is {min}–{max}");
    }

    private string Text(string? value, string key) =>
        string.IsNullOrWhiteSpace(value) ? throw Error($"missing key '{key}': every constant needs a source") : value.Trim();

    private PhysicsDataException Error(string problem) => new($"{sourceName}: {problem}");
}
