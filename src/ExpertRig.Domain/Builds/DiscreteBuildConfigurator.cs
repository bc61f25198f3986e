using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;

namespace ExpertRig.Domain.Builds;

/// <summary>
/// Configures a discrete-GPU archetype: GPUs and platform from the archetype, RAM, drives, PSUs and accessories sized
/// here, in two steps. <see cref="Plan"/> makes every choice and finds every gap (cooler, RAM kit, drives, PSUs, the
/// Windows licence): all the composer's pass/fail checks read. <see cref="Bill"/> adds the accessories and writes the
/// bill of materials from the plan, for the builds that are kept. <see cref="Configure"/> is the two in a row.
/// </summary>
internal static class DiscreteBuildConfigurator
{
    public static Build Configure(Archetype archetype, Requirements requirements, IReadOnlyList<WorkloadNeed> needs, Knowledge knowledge, TrialSizing? sizing) =>
        Bill(Plan(archetype, requirements, needs, knowledge, sizing));

    /// <summary>Every part, the PSUs and the gaps of the build, without its accessories or bill of materials.</summary>
    public static DiscreteBuildPlan Plan(Archetype archetype, Requirements requirements, IReadOnlyList<WorkloadNeed> needs, Knowledge knowledge, TrialSizing? sizing)
    {
        if (archetype.Gpu is null || archetype.Cpu is null || archetype.Motherboard is null || archetype.Case is null || archetype.Storage.Count == 0)
        {
            throw new ArgumentException(
                $"Archetype '{archetype.Id}' is neither unified (systems) nor a complete discrete build (gpu, cpu, motherboard, case and an OS drive).",
                nameof(archetype));
        }

        var catalog = knowledge.Catalog;
        var gpu = catalog.FindGpu(archetype.Gpu);
        var count = archetype.GpuCount;
        var cpu = catalog.FindCpu(archetype.Cpu);
        var board = catalog.FindMotherboard(archetype.Motherboard);
        var pcCase = catalog.FindCase(archetype.Case);
        var gaps = new List<string>();

        var used = UsedGpus(archetype, gpu, requirements);
        var cooler = CoolerChooser.Choose(archetype.Cooler, cpu, catalog);
        AddGap(gaps, cooler.Gap);
        var ram = sizing?.KnownRam(gpu, count) ?? RamSizing.ForConfiguration(gpu, count, requirements, needs, knowledge);
        var memory = MemoryKitChooser.Choose(
            board, cpu, archetype.Memory is null ? null : catalog.FindMemoryKit(archetype.Memory), ram, requirements.Profile.EccRequired, catalog);
        AddGap(gaps, memory.Gap);

        var usableGb = WorkloadMemory.UsableGb(gpu, count, knowledge.Physics);
        var storageNeed = sizing is null
            ? StorageSizing.For(usableGb, requirements, needs, knowledge)
            : sizing.Storage(usableGb, requirements, needs, knowledge);
        var drives = DriveChooser.Discrete(archetype, board, storageNeed, catalog);
        AddGap(gaps, drives.Gap);

        var parts = new Build
        {
            Archetype = archetype.Id,
            Composed = archetype.Composed,
            Title = archetype.Title,
            Source = archetype.Source,
            Gpu = gpu,
            GpuCount = count,
            Cpu = cpu,
            Motherboard = board,
            Memory = memory.Kit,
            MemoryKitCount = memory.Count,
            Cooler = cooler.Cooler,
            Case = pcCase,
            Storage = drives.Drives,
            UsesNvlink = archetype.NvlinkPairs > 0,
            UsedGpus = used,
            PowerLimit = requirements.Profile.GpuPowerLimit,
            SupportedOs = archetype.Os,
            DefaultEngine = archetype.Engine,
            Components = [],
        };
        var psu = PsuChooser.Choose(parts, archetype.Psus, knowledge);
        AddGap(gaps, psu.Gap);

        Accessory? licence = null;
        if (requirements.Profile.Os == Profiles.OperatingSystemChoice.Windows)
        {
            (licence, var gap) = OsLicence(parts.SystemRamGb, catalog);
            AddGap(gaps, gap);
        }

        return new DiscreteBuildPlan(archetype, requirements, catalog, parts, cooler.Reason, memory, drives, psu, licence, gaps);
    }

    /// <summary>The build of <paramref name="plan"/>: its accessories (risers, NVLink bridges, Add2PSU, the licence) and bill of materials.</summary>
    public static Build Bill(DiscreteBuildPlan plan)
    {
        var (archetype, requirements, catalog, parts) = (plan.Archetype, plan.Requirements, plan.Catalog, plan.Parts);
        var gpu = parts.Gpu!;
        var count = parts.GpuCount;
        var cpu = parts.Cpu!;
        var board = parts.Motherboard!;
        var pcCase = parts.Case!;
        var (memory, psu) = (plan.Memory, plan.Psu);

        var accessories = new List<(Accessory Part, int Quantity, string Reason)>(RiserChooser.Choose(board, gpu, count, gpu.SlotWidth, catalog));
        if (archetype.NvlinkPairs > 0)
        {
            accessories.Add(NvlinkBridge(archetype, gpu, board, catalog));
        }

        if (psu.Count > 1 && catalog.Accessories.FirstOrDefault(a => a.Kind == AccessoryKind.Add2Psu) is { } add2Psu)
        {
            accessories.Add((add2Psu, psu.Count - 1,
                $"Switches the second{(psu.Count > 2 ? " and third" : string.Empty)} PSU on with the first from the board's power-good signal (guide § 'Dual PSU for 4+ GPU Builds')."));
        }

        if (plan.Licence is { } licence)
        {
            accessories.Add((licence, 1, LicenceReason(licence, parts.SystemRamGb, catalog)));
        }

        var lines = new List<BuildComponent> { GpuLine(archetype, gpu, requirements, parts.UsedGpus) };
        lines.Add(ComponentLine.New(ComponentCategory.Cpu, cpu, cpu.PriceUsd, 1, () => CpuReason(cpu)));
        lines.Add(ComponentLine.New(ComponentCategory.Motherboard, board, board.PriceUsd, 1, () => BoardReason(board, cpu, gpu, count)));
        if (memory.Kit is { } kit)
        {
            lines.Add(ComponentLine.New(ComponentCategory.Memory, kit, kit.PriceUsd, memory.Count, memory.Explain!));
        }

        lines.AddRange(DriveChooser.Lines(plan.Drives));
        if (psu.Psu is { } supply)
        {
            lines.Add(ComponentLine.New(ComponentCategory.Psu, supply, supply.PriceUsd, psu.Count, psu.Explain!));
        }

        if (parts.Cooler is { } cpuCooler)
        {
            lines.Add(ComponentLine.New(ComponentCategory.Cooler, cpuCooler, cpuCooler.PriceUsd, 1, plan.CoolerReason!));
        }

        lines.Add(ComponentLine.New(ComponentCategory.Case, pcCase, pcCase.PriceUsd, 1, () => CaseReason(pcCase, board, gpu)));
        lines.AddRange(accessories.Select(a => ComponentLine.New(ComponentCategory.Accessory, a.Part, a.Part.PriceUsd, a.Quantity, a.Reason)));

        return parts with
        {
            Psu = psu.Psu,
            PsuCount = psu.Count,
            Accessories = Each(accessories),
            Gaps = plan.Gaps,
            Components = lines,
        };
    }

    // Every accessory as many times as it is bought, in line order.
    private static List<Accessory> Each(List<(Accessory Part, int Quantity, string Reason)> accessories)
    {
        var each = new List<Accessory>();
        foreach (var (part, quantity, _) in accessories)
        {
            for (var i = 0; i < quantity; i++)
            {
                each.Add(part);
            }
        }

        return each;
    }

    // Bought used when the card is sold only used, or used prices exist and the buyer accepts them or the archetype relies on them.
    private static bool UsedGpus(Archetype archetype, Gpu gpu, Requirements requirements)
    {
        var price = gpu.PriceUsd;
        return price.New is null || (price.Used is not null && (requirements.Profile.AcceptUsed || archetype.UsedGpus));
    }

    private static BuildComponent GpuLine(Archetype archetype, Gpu gpu, Requirements requirements, bool used)
    {
        var price = gpu.PriceUsd;
        var accepted = requirements.Profile.AcceptUsed;
        var count = archetype.GpuCount;
        string Cards() => $"{BuildText.Times(count, gpu.Name)} ({Figures.MarketedGb(gpu.VramGb * count)} of {gpu.MemoryType})";
        if (!used)
        {
            return ComponentLine.New(ComponentCategory.Gpu, gpu, price, count,
                () => $"{Cards()} per the archetype, new at the middle of the {BuildText.Range(price.New!)} range.");
        }

        var why = price.New is null ? "the card is sold only used"
            : accepted ? "you accept used hardware"
            : "the archetype's build relies on used cards, which you have not accepted";
        return ComponentLine.Used(ComponentCategory.Gpu, gpu, price, count,
            () => $"{Cards()} per the archetype, used at the middle of the {BuildText.Range(price.Used!)} used range: {why}.");
    }

    private static (Accessory Part, int Quantity, string Reason) NvlinkBridge(Archetype archetype, Gpu gpu, Motherboard board, Catalog.Catalog catalog)
    {
        var bridges = catalog.Accessories.Where(a => a.Kind == AccessoryKind.NvlinkBridge && a.CompatibleGpus.Contains(gpu.Id)).ToList();

        // The board's own best placement when a bridge spans its first two cards, else the first bridge spacing (narrowest
        // first) the board can seat the pairs at: a composed NVLink build is seated exactly so.
        var plans = bridges.Select(b => b.SlotSpacing).OfType<int>().Distinct().Order()
            .Select(s => GpuSlotPlanner.Plan(board, archetype.GpuCount, gpu.SlotWidth, s))
            .Prepend(GpuSlotPlanner.Plan(board, archetype.GpuCount, gpu.SlotWidth));
        var positions = plans.Select(p => p?.Slots.Select(s => s.Position).ToList() ?? [])
            .FirstOrDefault(p => p.Count >= 2 && p.Count == archetype.GpuCount && bridges.Any(b => b.SlotSpacing == p[1] - p[0])) ?? [];
        var seated = positions.Count >= 2;
        var spacing = seated ? positions[1] - positions[0] : 0;
        var bridge = (seated ? bridges.FirstOrDefault(b => b.SlotSpacing == spacing) : null)
            ?? bridges.OrderByDescending(b => b.SlotSpacing ?? 0).ThenBy(b => b.Id, StringComparer.Ordinal).First();
        var placement = seated && bridge.SlotSpacing == spacing
            ? $"its {spacing}-slot spacing matches the {board.Name}'s slots {positions[0]} and {positions[1]}"
            : $"the {board.Name} cannot seat {archetype.GpuCount} {Figures.Number(Math.Ceiling(gpu.SlotWidth), 0)}-slot cards directly, so on risers the widest bridge leaves an air gap";
        return (bridge, archetype.NvlinkPairs,
            $"One bridge per NVLink pair ({archetype.NvlinkPairs} pair{(archetype.NvlinkPairs > 1 ? "s" : string.Empty)}, {Figures.Number(bridge.NvlinkBandwidthGbs ?? 0)} GB/s each); {placement}.");
    }

    /// <summary>
    /// The Windows licence a Windows build buys: the cheapest catalog edition that addresses the build's RAM (Home up
    /// to 128 GB, else Pro), or the gap when none does. A new machine comes without one; a Linux build needs none, so
    /// it gets no such line.
    /// </summary>
    private static (Accessory? Licence, string? Gap) OsLicence(double ramGb, Catalog.Catalog catalog)
    {
        // The first addressing licence by whole-dollar price, then id: one pass, no sort.
        Accessory? licence = null;
        var licences = 0;
        foreach (var a in catalog.Accessories)
        {
            if (a.Kind != AccessoryKind.OsLicence)
            {
                continue;
            }

            licences++;
            if (a.MaxRamGb >= ramGb && (licence is null || IsCheaper(a, licence)))
            {
                licence = a;
            }
        }

        if (licence is null)
        {
            return (null, licences == 0
                ? "accessories.yaml has no Windows licence, and the profile asks for Windows"
                : $"accessories.yaml has no Windows licence that addresses the build's {Figures.MarketedGb(ramGb)} of RAM");
        }

        return (licence, null);
    }

    private static bool IsCheaper(Accessory a, Accessory other)
    {
        var byPrice = ComponentPrice.UnitPrice(a.PriceUsd.Range).CompareTo(ComponentPrice.UnitPrice(other.PriceUsd.Range));
        return byPrice != 0 ? byPrice < 0 : string.CompareOrdinal(a.Id, other.Id) < 0;
    }

    // Why the licence: the edition it is, or the cheaper edition whose RAM limit the build exceeds.
    private static string LicenceReason(Accessory licence, double ramGb, Catalog.Catalog catalog)
    {
        var cheaper = catalog.Accessories.Where(a => a.Kind == AccessoryKind.OsLicence && a.MaxRamGb < ramGb).OrderBy(a => a.MaxRamGb).FirstOrDefault();
        var why = cheaper is null
            ? $"it addresses up to {Figures.MarketedGb(licence.MaxRamGb!.Value)} (the build has {Figures.MarketedGb(ramGb)})"
            : $"the build's {Figures.MarketedGb(ramGb)} of RAM exceed the {Figures.MarketedGb(cheaper.MaxRamGb!.Value)} the {cheaper.Name} addresses";
        return $"The profile asks for Windows, and a new machine has no licence; {why}. A Linux build needs none.";
    }

    private static string CpuReason(Cpu cpu) =>
        $"The archetype's CPU: {cpu.Cores} cores, {cpu.PcieLanes} PCIe {cpu.PcieGen}.0 lanes, {cpu.MemoryChannels}-channel {cpu.MemoryType.ToString().ToUpperInvariant()} at {Figures.Number(cpu.MemoryBandwidthGbs)} GB/s for offloaded layers.";

    private static string BoardReason(Motherboard board, Cpu cpu, Gpu gpu, int count) =>
        $"The archetype's {board.Socket} board for the {cpu.Name}: {board.X16Slots.Count} x16 slots for {BuildText.Times(count, gpu.Name)}, "
        + $"{board.MemorySlots} DIMM slots up to {Figures.MarketedGb(board.MaxRamGb)}, {board.M2Slots} M.2 sockets."
        + SlowerSlot(board, gpu, count);

    // PCIe x16 payload bandwidth per direction by generation, GB/s (8, 16 and 32 GT/s with 128b/130b encoding).
    private static double X16Gbs(int gen) => 16 * gen switch { 3 => 0.985, 4 => 1.969, _ => 3.938 * Math.Pow(2, gen - 5) };

    /// <summary>
    /// Why a lone card on a slot of an older PCIe generation than its own loses no inference speed: one card takes
    /// the whole x16 link only to load the model (the drive is slower than the link) and sends only tokens while it
    /// decodes. Several cards exchange activations across the slots, so there the link does count and no such
    /// sentence is written.
    /// </summary>
    private static string SlowerSlot(Motherboard board, Gpu gpu, int count)
    {
        var slot = count == 1 ? GpuSlotPlanner.Plan(board, 1, gpu.SlotWidth)?.Slots.FirstOrDefault() : null;
        if (slot is null || slot.Gen >= gpu.PcieGen || slot.Lanes < 16)
        {
            return string.Empty;
        }

        return $" Its x16 slot runs at PCIe {slot.Gen}.0, below the {gpu.Name}'s PCIe {gpu.PcieGen}.0: {Figures.Number(X16Gbs(slot.Gen))} GB/s "
            + $"instead of {Figures.Number(X16Gbs(gpu.PcieGen))} GB/s, still more than an NVMe drive reads the model at; a single card "
            + "sends only tokens across it while it decodes, so the card loses no inference speed (a multi-card build would).";
    }

    private static string CaseReason(PcCase pcCase, Motherboard board, Gpu gpu) =>
        $"The archetype's case: mounts the {BuildText.Of(board.FormFactor)} board, {pcCase.ExpansionSlots} expansion brackets, cards up to {Figures.Number(pcCase.MaxGpuLengthMm, 0)} mm "
        + $"({gpu.Name}: {Figures.Number(gpu.LengthMm, 0)} mm), {pcCase.Airflow.ToString().ToLowerInvariant()} airflow for {BuildText.Of(gpu.Cooler)} cards.";

    private static void AddGap(List<string> gaps, string? gap)
    {
        if (gap is not null)
        {
            gaps.Add(gap);
        }
    }
}
