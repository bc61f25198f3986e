namespace ExpertRig.Domain.Catalog.Validation;

/// <summary>Checks for CPUs and the parts that must fit them: motherboards (socket, chipset, memory) and coolers.</summary>
internal static class PlatformChecks
{
    /// <summary>A CPU's bandwidth may differ from channels x speed by rounding only.</summary>
    private const double BandwidthTolerance = 0.01;

    public static void Cpu(Cpu cpu, EntryChecks check)
    {
        check.Text("vendor", cpu.Vendor);
        check.Text("socket", cpu.Socket);
        check.Require(
            cpu.Chipsets is { Count: > 0 } && cpu.Chipsets.All(chipset => !string.IsNullOrWhiteSpace(chipset)),
            "chipsets",
            "must list at least one chipset (\"none\" for SoC platforms)");
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
        check.Require(
            cpu.PeakW >= cpu.TdpW && cpu.PeakW <= 1500,
            "peak_w",
            $"must be between tdp_w {EntryChecks.Show(cpu.TdpW)} and 1500 (got {EntryChecks.Show(cpu.PeakW)})");
        check.Price(cpu.PriceUsd);
    }

    public static void Board(Motherboard board, EntryChecks check, IReadOnlyList<Cpu> cpus)
    {
        check.Text("vendor", board.Vendor);
        CheckPlatform(board, check, cpus);
        check.Between("memory_slots", board.MemorySlots, 1, 32);
        check.Require(board.MemoryModules is { Count: > 0 }, "memory_modules", "must list at least one DIMM type");
        check.Positive("max_ram_gb", board.MaxRamGb);
        check.Between("m2_slots", board.M2Slots, 0, 16);
        CheckSlots(board.X16Slots, check);
        check.Price(board.PriceUsd);
    }

    public static void Cooler(CpuCooler cooler, EntryChecks check, IReadOnlyList<Cpu> cpus)
    {
        var known = cpus.Select(cpu => cpu.Socket).ToHashSet(StringComparer.Ordinal);
        check.Require(cooler.Sockets is { Count: > 0 }, "sockets", "must list at least one socket");
        foreach (var socket in cooler.Sockets ?? [])
        {
            check.Require(
                known.Contains(socket),
                "sockets",
                $"'{socket}' is not the socket of any CPU in cpus.yaml (known sockets: {string.Join(", ", known)})");
        }

        check.Between("rated_w", cooler.RatedW, 10, 2000);
        check.Positive("height_mm", cooler.HeightMm);
        check.Positive("radiator_mm", cooler.RadiatorMm);
        if (cooler.BundledWith is null)
        {
            check.Price(cooler.PriceUsd);
            return;
        }

        CheckBundle(cooler, check, cpus);
    }

    // A cooler in a CPU's box is paid for with the CPU: its price is exactly zero, and it must name real CPUs whose
    // socket it mounts on.
    private static void CheckBundle(CpuCooler cooler, EntryChecks check, IReadOnlyList<Cpu> cpus)
    {
        check.Require(cooler.BundledWith is { Count: > 0 }, "bundled_with", "must list at least one CPU when present");
        foreach (var id in cooler.BundledWith ?? [])
        {
            var cpu = cpus.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.Ordinal));
            check.Require(cpu is not null, "bundled_with", $"'{id}' is not a CPU in cpus.yaml");
            check.Require(
                cpu is null || cooler.Sockets?.Contains(cpu.Socket, StringComparer.Ordinal) == true,
                "bundled_with",
                $"'{id}' sits in socket {cpu?.Socket}, which the cooler's sockets do not list");
        }

        var price = cooler.PriceUsd;
        check.Require(price is not null, "price_usd", "is required");
        check.Require(
            price is null || (price.New is { } range && range.Low == 0 && range.High == 0 && price.Used is null),
            "price_usd",
            "a cooler bundled with a CPU is paid for with the CPU: its price must be new: [0, 0]");
    }

    private static void CheckPlatform(Motherboard board, EntryChecks check, IReadOnlyList<Cpu> cpus)
    {
        var socketCpus = cpus.Where(cpu => string.Equals(cpu.Socket, board.Socket, StringComparison.Ordinal)).ToArray();
        if (socketCpus.Length == 0)
        {
            var known = string.Join(", ", cpus.Select(cpu => cpu.Socket).Distinct(StringComparer.Ordinal));
            check.Fail("socket", $"'{board.Socket}' is not the socket of any CPU in cpus.yaml (known sockets: {known})");
            return;
        }

        var compatible = socketCpus.Where(cpu => cpu.Chipsets?.Contains(board.Chipset) == true).ToArray();
        if (compatible.Length == 0)
        {
            var listed = string.Join(", ", socketCpus.SelectMany(cpu => cpu.Chipsets ?? []).Distinct(StringComparer.Ordinal));
            check.Fail("chipset", $"'{board.Chipset}' is not listed by any {board.Socket} CPU in cpus.yaml (they list: {listed})");
            return;
        }

        check.Require(
            compatible.Any(cpu => cpu.MemoryType == board.MemoryType),
            "memory_type",
            $"does not match the memory type of the {board.Socket} CPUs");
    }

    private static void CheckSlots(IReadOnlyList<PcieSlot>? slots, EntryChecks check)
    {
        if (slots is not { Count: > 0 })
        {
            check.Fail("x16_slots", "must list at least one slot");
            return;
        }

        foreach (var slot in slots)
        {
            check.Between("x16_slots", slot.Position, 1, 12, "slot position");
            check.OneOf("x16_slots", slot.Lanes, 1, 2, 4, 8, 16);
            check.Require(
                slot.LanesShared is null || (slot.LanesShared >= 1 && slot.LanesShared <= slot.Lanes),
                "x16_slots",
                $"lanes_shared of the slot at position {slot.Position} must be between 1 and its lanes {slot.Lanes}");
            check.OneOf("x16_slots", slot.Gen, 3, 4, 5, 6);
        }

        var duplicated = slots.GroupBy(slot => slot.Position).FirstOrDefault(group => group.Count() > 1);
        check.Require(duplicated is null, "x16_slots", $"has two slots at position {duplicated?.Key}");
    }
}
