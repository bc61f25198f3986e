using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Rules.Tests.Support;

namespace ExpertRig.Rules.Tests.Compatibility;

/// <summary>A discrete-GPU build by catalog ids, turned into a priced <see cref="Build"/> with a bill of materials.</summary>
internal sealed record PcSpec
{
    public string Archetype { get; init; } = "test";

    public required string Gpu { get; init; }

    public int GpuCount { get; init; } = 1;

    public required string Cpu { get; init; }

    public required string Board { get; init; }

    public required string Memory { get; init; }

    public int MemoryKits { get; init; } = 1;

    public required string Psu { get; init; }

    public int PsuCount { get; init; } = 1;

    public required string Cooler { get; init; }

    public required string Case { get; init; }

    public IReadOnlyList<string> Storage { get; init; } = ["samsung-990-pro-2tb", "wd-black-sn850x-4tb"];

    /// <summary>Accessory ids and how many of each the bill buys.</summary>
    public IReadOnlyList<(string Id, int Quantity)> Accessories { get; init; } = [];

    public bool Nvlink { get; init; }

    public bool UsedGpus { get; init; }

    public Build ToBuild()
    {
        var catalog = TestKnowledge.Catalog;
        var gpu = catalog.FindGpu(Gpu);
        var cpu = catalog.FindCpu(Cpu);
        var board = catalog.FindMotherboard(Board);
        var memory = catalog.FindMemoryKit(Memory);
        var psu = catalog.FindPowerSupply(Psu);
        var cooler = catalog.FindCooler(Cooler);
        var pcCase = catalog.FindCase(Case);
        var drives = Storage.Select(catalog.FindStorage).ToList();
        var accessories = Accessories.Select(a => (Part: catalog.FindAccessory(a.Id), a.Quantity)).ToList();
        var gpuPrice = UsedGpus ? ComponentPrice.UnitPrice(gpu.PriceUsd.Used!) : ComponentPrice.UnitPrice(gpu.PriceUsd.Range);
        List<BuildComponent> components =
        [
            new(ComponentCategory.Gpu, gpu.Id, gpu.Name, GpuCount, gpuPrice, UsedGpus, "test"),
            new(ComponentCategory.Cpu, cpu.Id, cpu.Name, 1, ComponentPrice.UnitPrice(cpu.PriceUsd.Range), false, "test"),
            new(ComponentCategory.Motherboard, board.Id, board.Name, 1, ComponentPrice.UnitPrice(board.PriceUsd.Range), false, "test"),
            new(ComponentCategory.Memory, memory.Id, memory.Name, MemoryKits, ComponentPrice.UnitPrice(memory.PriceUsd.Range), false, "test"),
            new(ComponentCategory.Psu, psu.Id, psu.Name, PsuCount, ComponentPrice.UnitPrice(psu.PriceUsd.Range), false, "test"),
            new(ComponentCategory.Cooler, cooler.Id, cooler.Name, 1, ComponentPrice.UnitPrice(cooler.PriceUsd.Range), false, "test"),
            new(ComponentCategory.Case, pcCase.Id, pcCase.Name, 1, ComponentPrice.UnitPrice(pcCase.PriceUsd.Range), false, "test"),
            .. drives.Select(d => new BuildComponent(ComponentCategory.Storage, d.Id, d.Name, 1, ComponentPrice.UnitPrice(d.PriceUsd.Range), false, "test")),
            .. accessories.Select(a => new BuildComponent(ComponentCategory.Accessory, a.Part.Id, a.Part.Name, a.Quantity, ComponentPrice.UnitPrice(a.Part.PriceUsd.Range), false, "test")),
        ];
        return new Build
        {
            Archetype = Archetype,
            Title = $"{GpuCount} × {gpu.Name} test build",
            Source = "test",
            Gpu = gpu,
            GpuCount = GpuCount,
            Cpu = cpu,
            Motherboard = board,
            Memory = memory,
            MemoryKitCount = MemoryKits,
            Psu = psu,
            PsuCount = PsuCount,
            Cooler = cooler,
            Case = pcCase,
            Storage = drives,
            Accessories = [.. accessories.Select(a => a.Part)],
            UsesNvlink = Nvlink,
            UsedGpus = UsedGpus,
            Components = components,
        };
    }
}
