using ExpertRig.Domain.Catalog.Yaml;
using ExpertRig.Domain.Physics;

namespace ExpertRig.Domain.Catalog.Validation;

/// <summary>
/// The catalog's load-time rules: well-formed unique ids, a source on every entry, physically possible specs,
/// ordered price ranges, and references between files that resolve (sockets, GPUs, base models).
/// </summary>
internal static class CatalogValidator
{
    private const double BandwidthTolerance = 0.01;

    public static void Validate(CatalogFiles files)
    {
        var problems = new CatalogProblems();
        var firstFileOfId = new Dictionary<string, string>(StringComparer.Ordinal);

        Check(files.Gpus, problems, firstFileOfId, CheckGpu);
        Check(files.Systems, problems, firstFileOfId, CheckSystem);
        Check(files.Cpus, problems, firstFileOfId, CheckCpu);
        Check(files.Motherboards, problems, firstFileOfId, (board, check) => CheckBoard(board, check, files.Cpus.Entries));
        Check(files.MemoryKits, problems, firstFileOfId, CheckMemoryKit);
        Check(files.Storage, problems, firstFileOfId, CheckStorage);
        Check(files.PowerSupplies, problems, firstFileOfId, CheckPowerSupply);
        Check(files.Coolers, problems, firstFileOfId, (cooler, check) => CheckCooler(cooler, check, files.Cpus.Entries));
        Check(files.Cases, problems, firstFileOfId, CheckCase);
        Check(files.Accessories, problems, firstFileOfId, (accessory, check) => CheckAccessory(accessory, check, files.Gpus.Entries));
        Check(files.Models, problems, firstFileOfId, (model, check) => CheckModel(model, check, files.Models.Entries));
        Check(files.Quantizations, problems, firstFileOfId, CheckQuantization);

        problems.ThrowIfAny();
    }

    private static void Check<T>(
        CatalogFile<T> file, CatalogProblems problems, Dictionary<string, string> firstFileOfId, Action<T, EntryChecks> checkEntry)
        where T : ICatalogEntry
    {
        for (var i = 0; i < file.Entries.Count; i++)
        {
            var entry = file.Entries[i];
            var location = i < file.Locations.Count ? file.Locations[i] : null;
            var check = new EntryChecks(problems, file.FileName, location, entry.Id);

            check.Require(
                CatalogIds.IsValid(entry.Id),
                "id",
                $"'{entry.Id}' is not lowercase kebab-case (letters and digits joined by '-', a '.' only between digits)");
            if (entry.Id is not null && !firstFileOfId.TryAdd(entry.Id, file.FileName))
            {
                var where = firstFileOfId[entry.Id] == file.FileName ? "earlier in this file" : $"in {firstFileOfId[entry.Id]}";
                check.Fail("id", $"'{entry.Id}' is a duplicate: the same id is used {where}");
            }

            check.Text("name", entry.Name);
            check.Text("source", entry.Source);
            checkEntry(entry, check);
        }
    }

    private static void CheckGpu(Gpu gpu, EntryChecks check)
    {
        check.Text("vendor", gpu.Vendor);
        check.Text("memory_type", gpu.MemoryType);
        check.Between("vram_gb", gpu.VramGb, 1, 1024);
        check.Between("bandwidth_gbs", gpu.BandwidthGbs, 1, 20_000);
        check.Between("fp16_tflops", gpu.Fp16Tflops, 0.1, 10_000);
        check.Between("board_power_w", gpu.BoardPowerW, 10, 2000, "no PCIe card draws more than 2 kW");
        if (gpu.Nvlink)
        {
            check.Require(gpu.NvlinkBandwidthGbs is > 0, "nvlink_bandwidth_gbs", "must be given and greater than 0 when nvlink is true");
        }
        else
        {
            check.Require(gpu.NvlinkBandwidthGbs is null, "nvlink_bandwidth_gbs", "must be left out when nvlink is false");
        }

        check.OneOf("pcie_gen", gpu.PcieGen, 3, 4, 5, 6);
        check.OneOf("pcie_lanes", gpu.PcieLanes, 4, 8, 16);
        check.Between("slot_width", gpu.SlotWidth, 1, 5);
        check.Between("length_mm", gpu.LengthMm, 100, 450);
        check.Between("power_connector_count", gpu.PowerConnectorCount, 1, 4);
        check.Price(gpu.PriceUsd);
    }

    private static void CheckSystem(UnifiedMemorySystem system, EntryChecks check)
    {
        check.Text("vendor", system.Vendor);
        check.Text("chip", system.Chip);
        check.Text("memory_type", system.MemoryType);
        check.Positive("gpu_cores", system.GpuCores);
        check.Between("memory_gb", system.MemoryGb, 1, 4096);
        check.Between("bandwidth_gbs", system.BandwidthGbs, 1, 20_000);
        check.Between("fp16_tflops", system.Fp16Tflops, 0.1, 10_000);
        check.Between("usable_memory_fraction", system.UsableMemoryFraction, 0.1, 1);
        check.Between("power_w", system.PowerW, 10, 2000);
        check.Price(system.PriceUsd);
    }

    private static void CheckCpu(Cpu cpu, EntryChecks check)
    {
        check.Text("vendor", cpu.Vendor);
        check.Text("socket", cpu.Socket);
        check.Require(cpu.Chipsets is { Count: > 0 } && cpu.Chipsets.All(c => !string.IsNullOrWhiteSpace(c)), "chipsets", "must list at least one chipset (\"none\" for SoC platforms)");
        check.Between("cores", cpu.Cores, 1, 1024);
        check.Require(cpu.Threads >= cpu.Cores, "threads", $"must be at least the core count {cpu.Cores} (got {cpu.Threads})");
        check.Between("pcie_lanes", cpu.PcieLanes, 1, 256);
        check.OneOf("pcie_gen", cpu.PcieGen, 3, 4, 5, 6);
        check.Require(cpu.ChipsetLanes is null or >= 0, "chipset_lanes", "must not be negative");
        check.Between("memory_channels", cpu.MemoryChannels, 1, 24);
        check.Between("max_memory_mts", cpu.MaxMemoryMts, 1000, 12_000);
        check.Positive("memory_bandwidth_gbs", cpu.MemoryBandwidthGbs);
        var expected = cpu.MemoryChannels * cpu.MaxMemoryMts * 8 / 1000.0;
        check.Require(
            Math.Abs(cpu.MemoryBandwidthGbs - expected) <= expected * BandwidthTolerance,
            "memory_bandwidth_gbs",
            $"must equal memory_channels x max_memory_mts x 8 / 1000 = {EntryChecks.Show(expected)} (got {EntryChecks.Show(cpu.MemoryBandwidthGbs)})");
        check.Positive("max_ram_gb", cpu.MaxRamGb);
        check.Between("tdp_w", cpu.TdpW, 1, 1000);
        check.Require(cpu.PeakW >= cpu.TdpW && cpu.PeakW <= 1500, "peak_w", $"must be between tdp_w {EntryChecks.Show(cpu.TdpW)} and 1500 (got {EntryChecks.Show(cpu.PeakW)})");
        check.Price(cpu.PriceUsd);
    }

    private static void CheckBoard(Motherboard board, EntryChecks check, IReadOnlyList<Cpu> cpus)
    {
        check.Text("vendor", board.Vendor);
        var socketCpus = cpus.Where(cpu => string.Equals(cpu.Socket, board.Socket, StringComparison.Ordinal)).ToArray();
        if (socketCpus.Length == 0)
        {
            var known = string.Join(", ", cpus.Select(cpu => cpu.Socket).Distinct(StringComparer.Ordinal));
            check.Fail("socket", $"'{board.Socket}' is not the socket of any CPU in cpus.yaml (known sockets: {known})");
        }
        else
        {
            var compatible = socketCpus.Where(cpu => cpu.Chipsets?.Contains(board.Chipset) == true).ToArray();
            check.Require(
                compatible.Length > 0,
                "chipset",
                $"'{board.Chipset}' is not listed by any {board.Socket} CPU in cpus.yaml (they list: {string.Join(", ", socketCpus.SelectMany(cpu => cpu.Chipsets ?? []).Distinct(StringComparer.Ordinal))})");
            check.Require(
                compatible.Length == 0 || compatible.Any(cpu => cpu.MemoryType == board.MemoryType),
                "memory_type",
                $"does not match the memory type of the {board.Socket} CPUs");
        }

        check.Between("memory_slots", board.MemorySlots, 1, 32);
        check.Require(board.MemoryModules is { Count: > 0 }, "memory_modules", "must list at least one DIMM type");
        check.Positive("max_ram_gb", board.MaxRamGb);
        check.Between("m2_slots", board.M2Slots, 0, 16);
        if (board.X16Slots is not { Count: > 0 })
        {
            check.Fail("x16_slots", "must list at least one slot");
        }
        else
        {
            foreach (var slot in board.X16Slots)
            {
                check.Between("x16_slots", slot.Position, 1, 12, "slot position");
                check.OneOf("x16_slots", slot.Lanes, 1, 2, 4, 8, 16);
                check.Require(slot.LanesShared is null || (slot.LanesShared <= slot.Lanes && slot.LanesShared >= 1), "x16_slots", $"lanes_shared of the slot at position {slot.Position} must be between 1 and its lanes {slot.Lanes}");
                check.OneOf("x16_slots", slot.Gen, 3, 4, 5, 6);
            }

            var duplicated = board.X16Slots.GroupBy(slot => slot.Position).FirstOrDefault(group => group.Count() > 1);
            check.Require(duplicated is null, "x16_slots", $"has two slots at position {duplicated?.Key}");
        }

        check.Price(board.PriceUsd);
    }

    private static void CheckMemoryKit(MemoryKit kit, EntryChecks check)
    {
        check.Between("modules", kit.Modules, 1, 32);
        check.Positive("capacity_gb", kit.CapacityGb);
        check.Require(kit.Modules < 1 || kit.CapacityGb % kit.Modules == 0, "capacity_gb", $"must divide evenly into {kit.Modules} modules");
        check.Between("speed_mts", kit.SpeedMts, 1000, 12_000);
        check.Require(kit.Module == MemoryModuleKind.Udimm || kit.Ecc, "ecc", "must be true for registered or load-reduced DIMMs");
        check.Positive("cas_latency", kit.CasLatency);
        check.Price(kit.PriceUsd);
    }

    private static void CheckStorage(StorageDrive drive, EntryChecks check)
    {
        check.Positive("capacity_tb", drive.CapacityTb);
        check.Between("read_mbs", drive.ReadMbs, 1, 100_000);
        check.Positive("endurance_tbw", drive.EnduranceTbw);
        var isSata = drive.Interface == StorageInterface.Sata6G;
        check.Require(drive.Kind == StorageKind.Nvme ? !isSata : isSata, "interface", $"does not fit a drive of kind {drive.Kind.ToString().ToLowerInvariant()}");
        check.Price(drive.PriceUsd);
    }

    private static void CheckPowerSupply(PowerSupply psu, EntryChecks check)
    {
        check.Between("watts", psu.Watts, 100, 3000);
        check.Between("connectors_12v_2x6", psu.Connectors12V2x6, 0, 8);
        check.Price(psu.PriceUsd);
    }

    private static void CheckCooler(CpuCooler cooler, EntryChecks check, IReadOnlyList<Cpu> cpus)
    {
        var known = cpus.Select(cpu => cpu.Socket).ToHashSet(StringComparer.Ordinal);
        check.Require(cooler.Sockets is { Count: > 0 }, "sockets", "must list at least one socket");
        foreach (var socket in cooler.Sockets ?? [])
        {
            check.Require(known.Contains(socket), "sockets", $"'{socket}' is not the socket of any CPU in cpus.yaml (known sockets: {string.Join(", ", known)})");
        }

        check.Between("rated_w", cooler.RatedW, 10, 2000);
        check.Positive("height_mm", cooler.HeightMm);
        check.Positive("radiator_mm", cooler.RadiatorMm);
        check.Price(cooler.PriceUsd);
    }

    private static void CheckCase(PcCase pcCase, EntryChecks check)
    {
        check.Require(pcCase.FormFactors is { Count: > 0 }, "form_factors", "must list at least one board size");
        check.Between("max_gpu_length_mm", pcCase.MaxGpuLengthMm, 100, 600);
        check.Between("expansion_slots", pcCase.ExpansionSlots, 1, 20);
        check.Positive("max_cpu_cooler_height_mm", pcCase.MaxCpuCoolerHeightMm);
        check.Price(pcCase.PriceUsd);
    }

    private static void CheckAccessory(Accessory accessory, EntryChecks check, IReadOnlyList<Gpu> gpus)
    {
        var byId = gpus.Where(gpu => gpu.Id is not null).GroupBy(gpu => gpu.Id).ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
        foreach (var gpuId in accessory.CompatibleGpus ?? [])
        {
            if (!byId.TryGetValue(gpuId, out var gpu))
            {
                var closest = IdSuggestions.Closest(gpuId, byId.Keys, max: 1);
                check.Fail("compatible_gpus", $"'{gpuId}' is not a GPU in gpus.yaml{(closest.Count > 0 ? $"; did you mean {closest[0]}?" : string.Empty)}");
            }
            else if (accessory.Kind == AccessoryKind.NvlinkBridge)
            {
                check.Require(gpu.Nvlink, "compatible_gpus", $"'{gpuId}' has no NVLink connector, so a bridge cannot fit it");
            }
        }

        if (accessory.Kind == AccessoryKind.NvlinkBridge)
        {
            check.Require(accessory.SlotSpacing is >= 1 and <= 8, "slot_spacing", "must be given for an NVLink bridge (1-8 slots)");
            check.Require(accessory.NvlinkBandwidthGbs is > 0, "nvlink_bandwidth_gbs", "must be given and greater than 0 for an NVLink bridge");
        }

        check.Price(accessory.PriceUsd);
    }

    private static void CheckModel(LanguageModel model, EntryChecks check, IReadOnlyList<LanguageModel> models)
    {
        check.Text("hf_repo", model.HfRepo);
        check.Positive("params_total_b", model.ParamsTotalB);
        check.Require(model.ParamsActiveB > 0 && model.ParamsActiveB <= model.ParamsTotalB, "params_active_b", $"must be greater than 0 and at most params_total_b {EntryChecks.Show(model.ParamsTotalB)} (got {EntryChecks.Show(model.ParamsActiveB)})");
        check.Between("layers", model.Layers, 1, 1000);
        check.Positive("hidden_size", model.HiddenSize);
        check.Positive("attention_heads", model.AttentionHeads);
        check.Require(model.KvHeads >= 1 && model.KvHeads <= model.AttentionHeads && model.AttentionHeads % Math.Max(1, model.KvHeads) == 0, "kv_heads", $"must divide attention_heads {model.AttentionHeads} (got {model.KvHeads})");
        check.Positive("head_dim", model.HeadDim);
        check.Positive("max_context_tokens", model.MaxContextTokens);
        check.Between("vocab_size", model.VocabSize, 1000, 1_000_000);
        if (model.Attention == AttentionKind.MultiHeadLatent)
        {
            check.Require(model.MlaCacheDim > 0, "mla_cache_dim", "must be given for multi-head-latent attention (kv_lora_rank + qk_rope_head_dim)");
        }
        else
        {
            check.Require(model.MlaCacheDim == 0, "mla_cache_dim", "applies only to multi-head-latent attention");
        }

        check.Require(model.Experts is null == model.ExpertsActive is null, "experts", "and experts_active go together");
        check.Require(model.ExpertsActive is null || (model.ExpertsActive >= 1 && model.ExpertsActive <= model.Experts), "experts_active", $"must be between 1 and experts {model.Experts}");

        if (model.BaseModel is not null)
        {
            var baseModel = models.FirstOrDefault(other => string.Equals(other.Id, model.BaseModel, StringComparison.Ordinal));
            if (baseModel is null)
            {
                var closest = IdSuggestions.Closest(model.BaseModel, models.Select(other => other.Id).Where(id => id is not null));
                check.Fail("base_model", $"'{model.BaseModel}' is not a model in models.yaml{(closest.Count > 0 ? $"; did you mean {closest[0]}?" : string.Empty)}");
            }
            else
            {
                check.Require(SameShape(model, baseModel), "base_model", $"'{baseModel.Id}' has a different architecture (parameters, layers, width or heads)");
            }
        }
    }

    private static void CheckQuantization(Quantization quant, EntryChecks check)
    {
        check.Between("bits_per_weight", quant.BitsPerWeight, 1, 32);
        check.Between("bpw_nominal", quant.BpwNominal, 1, 32);
        check.Positive("bpw_llama3_8b", quant.BpwLlama3For8B);
        check.Positive("bpw_llama3_70b", quant.BpwLlama3For70B);
        check.Require(quant.PplDeltaLlama3For8B is null or >= 0, "ppl_delta_llama3_8b", "must not be negative");
        check.Require(quant.PplDeltaPctLlama3For70B is null or >= 0, "ppl_delta_pct_llama3_70b", "must not be negative");
        check.Range("quality_vs_fp16_pct", quant.QualityVsFp16Pct, 0, 100);
        check.Require(quant.Engines is { Count: > 0 }, "engines", "must list at least one inference engine");
    }

    private static bool SameShape(LanguageModel model, LanguageModel baseModel) =>
        model.ParamsTotalB == baseModel.ParamsTotalB
        && model.ParamsActiveB == baseModel.ParamsActiveB
        && model.Layers == baseModel.Layers
        && model.HiddenSize == baseModel.HiddenSize
        && model.AttentionHeads == baseModel.AttentionHeads
        && model.KvHeads == baseModel.KvHeads
        && model.HeadDim == baseModel.HeadDim
        && model.Attention == baseModel.Attention
        && model.MlaCacheDim == baseModel.MlaCacheDim
        && model.TiedEmbeddings == baseModel.TiedEmbeddings;
}
