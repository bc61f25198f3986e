using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;

namespace ExpertRig.Domain.Builds.Composition;

/// <summary>
/// The cheapest CPU + board + case + OS drive that seats an option's cards: every card in its own CPU-wired x16-size
/// slot at x8 or more, far enough below the last for its thickness, the CPU with 8 lanes per card, ECC when the
/// profile demands it, a case that takes the board, the card length and the brackets (a server fan wall for passive
/// cards). The price is a lower bound of the finished build: the cheapest compatible RAM kit, cooler and PSU are added.
/// </summary>
internal static class PlatformChooser
{
    /// <summary>Lanes each GPU needs at least (guide: "x8 per GPU minimum").</summary>
    public const int MinLanesPerGpu = 8;

    // The seating platforms per catalog (a price file makes another catalog) and option.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Catalog.Catalog,
        System.Collections.Concurrent.ConcurrentDictionary<(string Gpu, int Count, bool Used, bool Nvlink, bool Ecc), Platform[]>> Tables = [];

    /// <summary>The cheapest platform whose CPU passes <paramref name="fastEnough"/> (its RAM bandwidth lets the option meet every speed need).</summary>
    public static Platform? Choose(AcceleratorOption option, Requirements requirements, Catalog.Catalog catalog, Func<Platform, bool> fastEnough)
    {
        ArgumentNullException.ThrowIfNull(fastEnough);
        return Seating(option, requirements, catalog).FirstOrDefault(fastEnough);
    }

    /// <summary>Every platform that seats the option, cheapest first by <see cref="Platform.LowerBoundUsd"/> (then board and CPU id).</summary>
    public static IReadOnlyList<Platform> Seating(AcceleratorOption option, Requirements requirements, Catalog.Catalog catalog)
    {
        ArgumentNullException.ThrowIfNull(option);
        ArgumentNullException.ThrowIfNull(requirements);

        // Only the CPU's RAM bandwidth test depends on the profile's workloads: the platforms that seat the option,
        // cheapest first, are worked out once per catalog, option and ECC demand.
        return Tables.GetValue(catalog, _ => new())
            .GetOrAdd((option.Gpu.Id, option.Count, option.Used, option.Nvlink, requirements.Profile.EccRequired),
                static (key, arg) => Seating(arg.Option, key.Ecc, arg.Catalog), (Option: option, Catalog: catalog));
    }

    private static Platform[] Seating(AcceleratorOption option, bool ecc, Catalog.Catalog catalog)
    {
        var drive = catalog.Storage.Where(d => d.Kind == StorageKind.Nvme)
            .OrderBy(d => ComponentPrice.UnitPrice(d.PriceUsd.Range)).ThenBy(d => d.Id, StringComparer.Ordinal).FirstOrDefault();
        if (drive is null)
        {
            return [];
        }

        var candidates =
            from board in catalog.Motherboards
            where !ecc || board.Ecc
            let layout = Layout(board, option, catalog)
            where layout is not null
            let risersUsd = layout.OnRisers ? RiserChooser.PriceUsd(board, option.Gpu, option.Count, catalog) : 0
            from cpu in catalog.Cpus
            where cpu.Socket == board.Socket && cpu.Chipsets.Contains(board.Chipset)
                  && cpu.PcieLanes >= MinLanesPerGpu * option.Count && (!ecc || cpu.Ecc)
            let pcCase = CheapestCase(board, option.Gpu, layout.BottomBracket, catalog)
            where pcCase is not null
            let lower = LowerBound(option, cpu, board, pcCase, drive, catalog) + risersUsd
            where lower is not null
            orderby lower, board.Id, cpu.Id
            select new Platform(cpu, board, pcCase, drive, lower.Value, MaxRamGb(board, cpu, catalog), Platform.FastestRamGbs(cpu, board, catalog));
        return [.. candidates];
    }

    /// <summary>
    /// The most RAM the catalog's kits give the platform, filled as <see cref="MemoryKitChooser"/> fills it: whole kits of
    /// the board's DRAM type and DIMM kind in its slots, up to the smaller of the board's and the CPU's maximum.
    /// </summary>
    public static double MaxRamGb(Motherboard board, Cpu cpu, Catalog.Catalog catalog)
    {
        ArgumentNullException.ThrowIfNull(board);
        ArgumentNullException.ThrowIfNull(cpu);
        ArgumentNullException.ThrowIfNull(catalog);
        var cap = Math.Min(board.MaxRamGb, cpu.MaxRamGb);
        return catalog.MemoryKits
            .Where(kit => kit.Type == board.MemoryType && board.MemoryModules.Contains(kit.Module))
            .Select(kit => Math.Min(board.MemorySlots / kit.Modules, (int)Math.Floor(cap / kit.CapacityGb)) * kit.CapacityGb)
            .DefaultIfEmpty(0)
            .Max();
    }

    /// <summary>The catalog's NVLink bridges made for the card.</summary>
    public static IEnumerable<Accessory> Bridges(Gpu gpu, Catalog.Catalog catalog) =>
        catalog.Accessories.Where(a => a.Kind == AccessoryKind.NvlinkBridge && a.CompatibleGpus.Contains(gpu.Id));

    /// <summary>
    /// Where the option's cards go: directly in the board's slots, each CPU-wired at x8 or more, NVLink pairs exactly
    /// one of the catalog bridges' slot spacings apart (narrowest first); or, for unbridged cards the slots cannot
    /// take, on the catalog's riser cables (and x8/x8 adapters), each at x8 or more. Null when neither seats them.
    /// </summary>
    public static GpuSlotLayout? Layout(Motherboard board, AcceleratorOption option, Catalog.Catalog catalog)
    {
        ArgumentNullException.ThrowIfNull(option);
        if (option.Nvlink)
        {
            return Bridges(option.Gpu, catalog).Select(b => b.SlotSpacing).OfType<int>().Distinct().Order()
                .Select(spacing => GpuSlotPlanner.Plan(board, option.Count, option.Gpu.SlotWidth, spacing))
                .FirstOrDefault(EveryCardAtX8FromCpu);
        }

        var layout = GpuSlotPlanner.Plan(board, option.Count, option.Gpu.SlotWidth);
        if (layout is null && RiserChooser.PriceUsd(board, option.Gpu, option.Count, catalog) is not null)
        {
            layout = GpuSlotPlanner.PlanOnRisers(board, option.Count);
        }

        return EveryCardAtX8FromCpu(layout) ? layout : null;
    }

    // Every card in a CPU-wired slot at x8 or more.
    private static bool EveryCardAtX8FromCpu(GpuSlotLayout? layout) =>
        layout is not null && layout.Slots.All(s => s.Via == LaneSource.Cpu && layout.LanesOf(s) >= MinLanesPerGpu);

    private static PcCase? CheapestCase(Motherboard board, Gpu gpu, int brackets, Catalog.Catalog catalog)
    {
        return catalog.Cases
            .Where(c => c.FormFactors.Contains(board.FormFactor) && c.MaxGpuLengthMm >= gpu.LengthMm && c.ExpansionSlots >= brackets)
            .Where(c => c.Cools(gpu))
            .OrderBy(c => ComponentPrice.UnitPrice(c.PriceUsd.Range)).ThenBy(c => c.Id, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    private static double? LowerBound(AcceleratorOption option, Cpu cpu, Motherboard board, PcCase pcCase, StorageDrive drive, Catalog.Catalog catalog)
    {
        var kit = catalog.MemoryKits.Where(k => k.Type == board.MemoryType && board.MemoryModules.Contains(k.Module) && k.Modules <= board.MemorySlots)
            .Select(k => (double?)ComponentPrice.UnitPrice(k.PriceUsd.Range)).Min();
        var cooler = catalog.Coolers.Where(c => c.Sockets.Contains(cpu.Socket))
            .Select(c => (double?)ComponentPrice.UnitPrice(c.PriceUsd.Range)).Min();
        var peakWatts = (option.Count * option.Gpu.BoardPowerW) + cpu.PeakW + 100;
        var neededWatts = peakWatts / 0.8;
        var psus = catalog.PowerSupplies.OrderBy(p => ComponentPrice.UnitPrice(p.PriceUsd.Range)).ToList();
        var largest = psus.Max(p => p.Watts);
        var units = (int)Math.Ceiling(neededWatts / largest);
        var psu = psus.Where(p => p.Watts * units >= neededWatts).Select(p => (double?)(units * ComponentPrice.UnitPrice(p.PriceUsd.Range))).Min();
        var bridge = option.Nvlink
            ? Bridges(option.Gpu, catalog).Select(b => (double?)ComponentPrice.UnitPrice(b.PriceUsd.Range)).Min()
            : 0;
        if (kit is null || psu is null || bridge is null)
        {
            return null;
        }

        return option.GpuPriceUsd + ComponentPrice.UnitPrice(cpu.PriceUsd.Range) + ComponentPrice.UnitPrice(board.PriceUsd.Range)
            + ComponentPrice.UnitPrice(pcCase.PriceUsd.Range) + ComponentPrice.UnitPrice(drive.PriceUsd.Range) + kit.Value + (cooler ?? 0) + psu.Value
            + (option.NvlinkPairs * bridge.Value);
    }
}
