namespace ExpertRig.Domain.Catalog.Validation;

/// <summary>Checks for memory kits, drives, power supplies, cases and accessories.</summary>
internal static class PartChecks
{
    public static void MemoryKit(MemoryKit kit, EntryChecks check)
    {
        check.Between("modules", kit.Modules, 1, 32);
        check.Positive("capacity_gb", kit.CapacityGb);
        check.Require(
            kit.Modules < 1 || kit.CapacityGb % kit.Modules == 0, "capacity_gb", $"must divide evenly into {kit.Modules} modules");
        check.Between("speed_mts", kit.SpeedMts, 1000, 12_000);
        check.Require(
            kit.Module == MemoryModuleKind.Udimm || kit.Ecc, "ecc", "must be true for registered or load-reduced DIMMs");
        check.Positive("cas_latency", kit.CasLatency);
        check.Price(kit.PriceUsd);
    }

    public static void Drive(StorageDrive drive, EntryChecks check)
    {
        check.Positive("capacity_tb", drive.CapacityTb);
        check.Between("read_mbs", drive.ReadMbs, 1, 100_000);
        check.Positive("endurance_tbw", drive.EnduranceTbw);
        var isSata = drive.Interface == StorageInterface.Sata6G;
        check.Require(
            drive.Kind == StorageKind.Nvme ? !isSata : isSata,
            "interface",
            $"does not fit a drive of kind {drive.Kind.ToString().ToLowerInvariant()}");
        check.Price(drive.PriceUsd);
    }

    public static void PowerSupply(PowerSupply psu, EntryChecks check)
    {
        check.Between("watts", psu.Watts, 100, 3000);
        check.Between("connectors_12v_2x6", psu.Connectors12V2x6, 0, 8);
        check.Price(psu.PriceUsd);
    }

    public static void Case(PcCase pcCase, EntryChecks check)
    {
        check.Require(pcCase.FormFactors is { Count: > 0 }, "form_factors", "must list at least one board size");
        check.Between("max_gpu_length_mm", pcCase.MaxGpuLengthMm, 100, 600);
        check.Between("expansion_slots", pcCase.ExpansionSlots, 1, 20);
        check.Positive("max_cpu_cooler_height_mm", pcCase.MaxCpuCoolerHeightMm);
        check.Price(pcCase.PriceUsd);
    }

    public static void Accessory(Accessory accessory, EntryChecks check, IReadOnlyList<Gpu> gpus)
    {
        foreach (var gpuId in accessory.CompatibleGpus ?? [])
        {
            var gpu = gpus.FirstOrDefault(candidate => string.Equals(candidate.Id, gpuId, StringComparison.Ordinal));
            if (gpu is null)
            {
                var closest = IdSuggestions.Closest(gpuId, gpus.Select(candidate => candidate.Id), max: 1);
                var hint = closest.Count > 0 ? $"; did you mean {closest[0]}?" : string.Empty;
                check.Fail("compatible_gpus", $"'{gpuId}' is not a GPU in gpus.yaml{hint}");
            }
            else if (accessory.Kind == AccessoryKind.NvlinkBridge)
            {
                check.Require(gpu.Nvlink, "compatible_gpus", $"'{gpuId}' has no NVLink connector, so a bridge cannot fit it");
            }
        }

        if (accessory.Kind == AccessoryKind.NvlinkBridge)
        {
            check.Require(accessory.SlotSpacing is >= 1 and <= 8, "slot_spacing", "must be given for an NVLink bridge (1-8 slots)");
            check.Require(
                accessory.NvlinkBandwidthGbs is > 0, "nvlink_bandwidth_gbs", "must be given and greater than 0 for an NVLink bridge");
        }

        check.Require(
            accessory.Kind == AccessoryKind.OsLicence ? accessory.MaxRamGb is > 0 : accessory.MaxRamGb is null,
            "max_ram_gb", "must be given for an os-licence (the most RAM the edition addresses) and left out otherwise");
        check.Price(accessory.PriceUsd);
    }
}
