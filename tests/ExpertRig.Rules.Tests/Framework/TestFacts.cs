using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;
using ExpertRig.Domain.Predictions;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Tests.Support;
using PhysicsEngine = ExpertRig.Domain.Physics.InferenceEngine;

namespace ExpertRig.Rules.Tests.Framework;

/// <summary>
/// Hand-built facts for the framework, sizing and advice fixtures: the guide's builds assembled from the real catalog
/// (priced at the middle of each range), profiles, workload needs, and predictions computed by the physics model.
/// </summary>
internal static class TestFacts
{
    private static Catalog Catalog => TestKnowledge.Catalog;

    /// <summary>Guide Build Tier 1: one RTX 5090, Ryzen 9 9950X, ProArt X870E, 128 GB, 2 TB OS + 4 TB model drive.</summary>
    public static Build Tier1() => Discrete(
        "tier1-rtx5090", "rtx-5090", 1, "ryzen-9-9950x", "proart-x870e-creator-wifi", "gskill-trident-z5-neo-128gb-ddr5-6000", 1,
        ["samsung-990-pro-2tb", "wd-black-sn850x-4tb"], "corsair-hx1500i", 1);

    /// <summary>One RTX 4090 on the Tier 1 platform.</summary>
    public static Build SingleRtx4090() => Tier1() with
    {
        Archetype = "single-rtx4090",
        Gpu = Catalog.FindGpu("rtx-4090"),
        Components = Parts("rtx-4090", 1, "ryzen-9-9950x", "proart-x870e-creator-wifi", "gskill-trident-z5-neo-128gb-ddr5-6000", 1, ["samsung-990-pro-2tb", "wd-black-sn850x-4tb"], "corsair-hx1500i", 1, false),
    };

    /// <summary>Two used RTX 3090s bridged with NVLink on the Tier 1 platform.</summary>
    public static Build DualRtx3090Nvlink() => Discrete(
        "dual-rtx3090-nvlink", "rtx-3090", 2, "ryzen-9-9950x", "proart-x870e-creator-wifi", "gskill-trident-z5-neo-128gb-ddr5-6000", 1,
        ["samsung-990-pro-2tb", "wd-black-sn850x-4tb"], "corsair-hx1500i", 1, used: true) with
    { UsesNvlink = true };

    /// <summary>Guide Build Tier 2: two RTX 5090s on Threadripper 7960X / TRX50 with 128 GB.</summary>
    public static Build Tier2() => Discrete(
        "tier2-dual-rtx5090", "rtx-5090", 2, "tr-7960x", "trx50-sage-wifi", "ddr5-4800-rdimm-128gb", 1,
        ["samsung-990-pro-2tb", "samsung-990-pro-4tb", "samsung-990-pro-4tb"], "msi-meg-ai1600t-pcie5", 1);

    /// <summary>Guide Build Tier 3: four L40S on Threadripper Pro 7995WX / WRX90 with 256 GB ECC.</summary>
    public static Build Tier3() => Discrete(
        "tier3-quad-l40s", "l40s", 4, "tr-pro-7995wx", "wrx90e-sage-se", "kingston-fury-renegade-pro-256gb-ddr5-5600-rdimm", 1,
        ["samsung-990-pro-2tb", "wd-black-sn850x-4tb", "wd-black-sn850x-4tb", "wd-black-sn850x-4tb", "wd-black-sn850x-4tb", "seagate-ironwolf-pro-4tb"],
        "seasonic-prime-tx-1300", 2);

    /// <summary>Ahmad Osman's server: eight used RTX 3090s on an EPYC 7713 / ROMED8-2T (the catalog's 512 GB is DDR5; the RAM figure is what matters).</summary>
    public static Build EightRtx3090() => Discrete(
        "eight-rtx3090", "rtx-3090", 8, "epyc-7713", "romed8-2t", "atech-512gb-ddr5-6400-rdimm", 1,
        ["samsung-990-pro-2tb", "samsung-990-pro-4tb"], "seasonic-prime-tx-1300", 3, used: true) with
    { UsesNvlink = true };

    /// <summary>A single card of the given id on the Threadripper Pro platform (RTX 6000 Ada, L40S, RTX PRO 6000 …).</summary>
    public static Build SingleWorkstationCard(string gpuId, string archetype) => Discrete(
        archetype, gpuId, 1, "tr-pro-7995wx", "wrx90e-sage-se", "kingston-fury-renegade-pro-256gb-ddr5-5600-rdimm", 1,
        ["samsung-990-pro-2tb", "wd-black-sn850x-4tb"], "seasonic-prime-tx-1300", 1);

    /// <summary>One RX 7900 XTX on the Tier 1 platform.</summary>
    public static Build Rx7900Xtx() => Discrete(
        "rx7900xtx", "rx-7900-xtx", 1, "ryzen-9-9950x", "proart-x870e-creator-wifi", "gskill-trident-z5-neo-128gb-ddr5-6000", 1,
        ["samsung-990-pro-2tb", "wd-black-sn850x-4tb"], "corsair-hx1500i", 1);

    /// <summary>A unified-memory system (dgx-spark, mac-studio-m3-ultra-256gb …) as a one-line bill of materials.</summary>
    public static Build Unified(string systemId, string archetype)
    {
        var system = Catalog.FindSystem(systemId);
        return new Build
        {
            Archetype = archetype,
            Title = system.Name,
            Source = "test",
            System = system,
            Components = [new BuildComponent(ComponentCategory.System, system.Id, system.Name, 1, system.PriceUsd.Range.Midpoint, false, "test")],
        };
    }

    /// <summary>A discrete build from catalog ids, priced at the middle of each new (or used) range.</summary>
    public static Build Discrete(
        string archetype,
        string gpuId,
        int gpuCount,
        string cpuId,
        string boardId,
        string memoryId,
        int memoryKits,
        IReadOnlyList<string> storageIds,
        string psuId,
        int psuCount,
        bool used = false) => new()
        {
            Archetype = archetype,
            Title = archetype,
            Source = "test",
            Gpu = Catalog.FindGpu(gpuId),
            GpuCount = gpuCount,
            Cpu = Catalog.FindCpu(cpuId),
            Motherboard = Catalog.FindMotherboard(boardId),
            Memory = Catalog.FindMemoryKit(memoryId),
            MemoryKitCount = memoryKits,
            Storage = [.. storageIds.Select(Catalog.FindStorage)],
            Psu = Catalog.FindPowerSupply(psuId),
            PsuCount = psuCount,
            UsedGpus = used,
            Components = Parts(gpuId, gpuCount, cpuId, boardId, memoryId, memoryKits, storageIds, psuId, psuCount, used),
        };

    /// <summary>The same build with a different RAM kit (and so a different <see cref="Build.SystemRamGb"/>).</summary>
    public static Build WithMemory(Build build, string memoryId, int kits = 1) =>
        build with { Memory = Catalog.FindMemoryKit(memoryId), MemoryKitCount = kits };

    /// <summary>The same build with <paramref name="gb"/> of RAM in one kit (a resized copy of its kit, for RAM-table cases the catalog has no kit for).</summary>
    public static Build WithRam(Build build, double gb) =>
        build with { Memory = build.Memory! with { CapacityGb = gb }, MemoryKitCount = 1 };

    /// <summary>The power budget of a build from its GPUs and CPU (plus 100 W for the rest), at the profile's hours and price.</summary>
    public static PowerBudget PowerBudgetOf(Build build, double hoursPerDay = 8, double usdPerKwh = 0.15)
    {
        List<PowerComponent> parts = build.System is { } system
            ? [new PowerComponent(system.Name, system.PowerW, system.PowerW)]
            : [new PowerComponent(build.Gpu!.Name, build.Gpu.BoardPowerW, build.Gpu.BoardPowerW, build.GpuCount),
               new PowerComponent(build.Cpu!.Name, build.Cpu.TdpW, build.Cpu.PeakW),
               new PowerComponent("board, RAM and storage", 100, 100)];
        var estimate = PowerEstimator.Estimate(parts, TestKnowledge.Instance.Physics.Power);
        return new PowerBudget(build, estimate, PowerEstimator.YearlyCost(estimate, hoursPerDay, usdPerKwh));
    }

    /// <summary>A profile with the given workloads and a few commonly varied keys.</summary>
    public static Requirements Requirements(
        double budgetUsd = 15000,
        int users = 1,
        OperatingSystemChoice os = OperatingSystemChoice.Any,
        Privacy privacy = Privacy.Local,
        bool acceptUsed = false,
        bool fineTuning = false,
        bool otherGpuWorkloads = false,
        bool eccRequired = false,
        double hoursPerDay = 8,
        params Priority[] priorities) => new(new Profile
        {
            Workloads = [new Workload("llama-3-70b")],
            BudgetUsd = budgetUsd,
            ConcurrentUsers = users,
            Os = os,
            Privacy = privacy,
            AcceptUsed = acceptUsed,
            FineTuning = fineTuning,
            OtherGpuWorkloads = otherGpuWorkloads,
            EccRequired = eccRequired,
            HoursPerDay = hoursPerDay,
            Priorities = priorities,
        });

    /// <summary>A workload need resolved against the catalog.</summary>
    public static WorkloadNeed Need(string modelId, string? quantId = null, int index = 0, int contextTokens = 8192, double? minTokensPerSecond = null) =>
        new(index, new Workload(modelId, quantId, contextTokens, minTokensPerSecond), Catalog.FindModel(modelId), quantId is null ? null : Catalog.FindQuantization(quantId));

    /// <summary>
    /// The physics model's prediction for <paramref name="need"/> on <paramref name="build"/> at <paramref name="quantId"/>
    /// (the need's own quant when null), for <paramref name="users"/> concurrent users.
    /// </summary>
    public static WorkloadPrediction Predict(Build build, WorkloadNeed need, string? quantId = null, int users = 1, PhysicsEngine engine = PhysicsEngine.LlamaCpp)
    {
        var quant = quantId is null ? need.Quant ?? throw new ArgumentException("give a quant") : Catalog.FindQuantization(quantId);
        var scenario = new InferenceScenario(
            need.Model.Architecture,
            new WeightFormat(quant.Name, quant.BitsPerWeight, Family(quant.Format)),
            Devices(build),
            engine,
            need.ContextTokens,
            users,
            KvCacheType.F16,
            Host(build));
        return new WorkloadPrediction(build, need, quant, engine, InferenceEstimator.Estimate(scenario, TestKnowledge.Instance.Physics));
    }

    /// <summary>The build, the needs, and the physics prediction of every need on the build for <paramref name="users"/> users.</summary>
    public static object[] Scenario(Build build, int users, params WorkloadNeed[] needs) =>
        [build, .. needs, .. needs.Select(need => Predict(build, need, users: users))];

    /// <summary>Fires <typeparamref name="TRule"/> alone over the facts (arrays are flattened) and returns its findings.</summary>
    public static IReadOnlyList<Finding> Fire<TRule>(params object[] facts) =>
        RuleTestSession.For<TRule>().With([.. Flatten(facts)]).Fire().Findings;

    /// <summary>A software choice for a build.</summary>
    public static SoftwareChoice Software(Build build, PhysicsEngine engine) => new(build, engine, "test");

    private static IEnumerable<object> Flatten(IEnumerable<object> facts) =>
        facts.SelectMany(fact => fact is object[] nested ? Flatten(nested) : [fact]);

    // The devices the estimators see, as the predictions read them (the units of a cluster, NVLink only with a bridge).
    private static IReadOnlyList<DeviceSpec> Devices(Build build) => Domain.Predictions.BuildHardware.Devices(build);

    // The model loads from the fastest NVMe drive after the OS drive (or the OS drive when it is the only one).
    private static HostSpec? Host(Build build) =>
        build.Cpu is { } cpu ? new HostSpec(build.SystemRamGb, cpu.MemoryBandwidthGbs, BuildHardware.ModelDrive(build)?.ReadMbs) : null;

    private static WeightFormatFamily Family(QuantFormat format) => format switch
    {
        QuantFormat.Exl2 => WeightFormatFamily.Exl2,
        QuantFormat.Fp8 => WeightFormatFamily.Fp8,
        QuantFormat.Fp16 => WeightFormatFamily.Fp16,
        _ => WeightFormatFamily.Gguf,
    };

    private static IReadOnlyList<BuildComponent> Parts(
        string gpuId, int gpuCount, string cpuId, string boardId, string memoryId, int memoryKits, IReadOnlyList<string> storageIds, string psuId, int psuCount, bool used)
    {
        var gpu = Catalog.FindGpu(gpuId);
        var gpuPrice = ComponentPrice.UnitPrice(used && gpu.PriceUsd.Used is { } usedRange ? usedRange : gpu.PriceUsd.Range);
        var cpu = Catalog.FindCpu(cpuId);
        var board = Catalog.FindMotherboard(boardId);
        var memory = Catalog.FindMemoryKit(memoryId);
        var psu = Catalog.FindPowerSupply(psuId);
        return
        [
            new(ComponentCategory.Gpu, gpu.Id, gpu.Name, gpuCount, gpuPrice, used, "test"),
            new(ComponentCategory.Cpu, cpu.Id, cpu.Name, 1, ComponentPrice.UnitPrice(cpu.PriceUsd.Range), false, "test"),
            new(ComponentCategory.Motherboard, board.Id, board.Name, 1, ComponentPrice.UnitPrice(board.PriceUsd.Range), false, "test"),
            new(ComponentCategory.Memory, memory.Id, memory.Name, memoryKits, ComponentPrice.UnitPrice(memory.PriceUsd.Range), false, "test"),
            .. storageIds.Select(Catalog.FindStorage).Select(d => new BuildComponent(ComponentCategory.Storage, d.Id, d.Name, 1, ComponentPrice.UnitPrice(d.PriceUsd.Range), false, "test")),
            new(ComponentCategory.Psu, psu.Id, psu.Name, psuCount, ComponentPrice.UnitPrice(psu.PriceUsd.Range), false, "test"),
        ];
    }
}
