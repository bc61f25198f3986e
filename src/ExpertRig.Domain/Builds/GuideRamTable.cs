using ExpertRig.Domain.Catalog;

namespace ExpertRig.Domain.Builds;

/// <summary>
/// The guide's table "How Much RAM Do You Need?" (§ "RAM: System Memory as the AI Model's Secondary Layer"), read once:
/// the configurator sizes RAM with it (<see cref="RamSizing.ForConfiguration"/>) and the sizing rules check RAM with it
/// (<see cref="RamSizing.ForPredictions"/>), so a build the configurator sizes meets what the rules ask. The guide's rows:
/// <code>
/// | Use Case                                       | Minimum | Recommended | Notes                                     |
/// | Single GPU, no offloading (model fits in VRAM) | 32 GB   | 64 GB       | OS + apps + headroom                      |
/// | 70B model with partial CPU offloading          | 64 GB   | 128 GB      | Offloaded layers need ~40–60GB headroom   |
/// | 405B model (full CPU offload, Q4)              | 256 GB  | 512 GB      | ~115GB model + OS + KV cache              |
/// | Multi-user vLLM serving (70B, 8 users)         | 128 GB  | 256 GB      | Parallel KV caches multiply               |
/// | Fine-tuning 70B (QLoRA)                        | 128 GB  | 256 GB      | Gradient checkpoints and optimizer states |
/// </code>
/// How the rows are read:
/// <list type="bullet">
/// <item>The two offload rows are two points of one rule, since what they size is the offloaded gigabytes plus the OS:
/// the minimum is the next power of two at or above the offloaded GB plus the OS reserve (physics
/// <c>memory.system_ram_reserved_gb</c>), at least the 70B row's 64 GB, and the recommendation twice that. That gives
/// the 70B row for a 70B model offloading up to ~56 GB and the 405B row for a 405B-class model offloading ~120–248 GB;
/// other spills (a 32B model at F16, 405B mostly on GPUs) get the scaled row.</item>
/// <item>The multi-user row applies from <see cref="MultiUserFromUsers"/> (8) concurrent users of a 70B-class model, as
/// the row says ("70B, 8 users"). The guide's "5+ concurrent users" (§ vLLM, "Best for: Research teams serving 5+
/// concurrent users") chooses the serving engine, not the RAM; and the guide's own Tier 2, built for "Multi-user
/// serving (2–6 concurrent users)", ships "64GB DDR5-5600 (4×16GB) or 128GB", which a 5-user threshold would put below
/// this row's 128 GB minimum. Tier 3, for "10–20 concurrent users", has 256 GB: this row's recommendation.</item>
/// <item>The 70B rows (multi-user, QLoRA) apply to models of <see cref="SeventyBClassFloorB"/>B parameters and more.</item>
/// <item>Offload and QLoRA minimums are hard (the offloaded layers and the training state must fit); the no-offload and
/// multi-user rows are soft (headroom and KV caches that live in VRAM under vLLM): a shortfall warns.</item>
/// <item>The table has no row below 32 GB: the guide is written for 70B-671B builds ("We are not talking about running
/// Llama 3 8B on a laptop with 16GB of RAM", its opening). For small models held entirely in GPU memory ExpertRig adds
/// <see cref="SmallModelOnGpu"/> (16 GB minimum, the guide's 32 GB as the recommendation), sourced at Ollama's README
/// (see the row), when every workload's model has at most <see cref="SmallModelCeilingB"/>B parameters, none offloads,
/// nothing is fine-tuned and fewer than <see cref="MultiUserFromUsers"/> users share it.</item>
/// <item>Beside the rows, a GPU build asks at least as much RAM as its GPUs' memory (<see cref="MatchingGpuMemory"/>,
/// ExpertRig's, soft), when that is more than the rows ask, except under <see cref="SmallModelOnGpu"/>: models of up to
/// 15B, whose 8-bit weights fit its 16 GB.</item>
/// </list>
/// </summary>
public static class GuideRamTable
{
    /// <summary>Where the rows come from.</summary>
    public const string Source = "guide § 'How Much RAM Do You Need?'";

    /// <summary>Concurrent users from which the multi-user row applies: the row's "(70B, 8 users)".</summary>
    public const int MultiUserFromUsers = 8;

    /// <summary>
    /// Lower edge of the guide's "70B" class: Llama 3 70B (70.6B) and Qwen 2.5 72B (72.7B) are in it, Mixtral 8x7B (46.7B)
    /// is not. The rules' size classes draw the same line.
    /// </summary>
    public const double SeventyBClassFloorB = 65;

    /// <summary>Lower edge of the guide's "405B class" (Llama 3.1 405B, DeepSeek R1 671B).</summary>
    public const double FourOhFiveClassFloorB = 300;

    /// <summary>
    /// Upper edge of the small models <see cref="SmallModelOnGpu"/> covers: Ollama's "13B" class, which its README's model
    /// table fills with Phi 4 14B (9.1 GB) and Gemma 3 12B beside the 13B models; Qwen 2.5 14B (14.7B) is in it, Mistral
    /// Small 24B and Qwen 2.5 32B are not (they belong to the README's next step, "32 GB to run the 33B models").
    /// </summary>
    public const double SmallModelCeilingB = 15;

    /// <summary>
    /// Not a row of the guide: small models (up to <see cref="SmallModelCeilingB"/>B) held entirely in GPU memory, 16 GB
    /// minimum, 32 GB recommended. Source: Ollama's README (github.com/ollama/ollama @e5335ef, "Model library" note):
    /// "You should have at least 8 GB of RAM available to run the 7B models, 16 GB to run the 13B models, and 32 GB to run
    /// the 33B models". That sizes RAM for a model that may run from RAM; with every layer in VRAM system RAM holds only
    /// the OS, the apps and the engine's host buffers (the guide's own reading of its no-offload row: "OS + apps +
    /// headroom"), so the README's 16 GB for a 13B-class model is a floor with room to spare, and the guide's 32 GB
    /// becomes the recommendation. Soft, like the guide's no-offload row: a build below 32 GB gets a warning, not a rejection.
    /// </summary>
    public static RamGuideline SmallModelOnGpu { get; } = new(
        "a model of up to 15B held entirely in GPU memory (not a row of the guide, whose table starts at 32 GB: Ollama's README asks 16 GB for the 13B models)",
        16, 32, Hard: false, Authority: "ExpertRig's");

    /// <summary>
    /// Not a row of the guide: system RAM at least as large as the GPUs' memory, as minimum and recommendation. Soft (a
    /// shortfall warns), ExpertRig's. Sources:
    /// <list type="bullet">
    /// <item>Every discrete build the guide specifies has at least as much RAM as VRAM: Tier 1 128 GB for one RTX 5090's
    /// 32 GB; Tier 2 64–128 GB for 64 GB; Tier 3 256 GB for 192 GB; the 8× RTX 3090 server 512 GB for 192 GB (guide §
    /// "Three Complete Build Tiers", § "NVLink" on Ahmad Osman's server).</item>
    /// <item>The weights reach the GPUs through system RAM. With llama.cpp's default memory mapping, a model larger than
    /// free RAM loads slowly, and no reload comes from the page cache. llama.cpp PR #14396 (2025-06-26) measured Gemma 3
    /// on an A100 with every layer on the GPU: 14.3 s with <c>--no-mmap</c> and 33.7 s mapped at 40 GB of RAM; 14.5 s
    /// and 1.07 min at 8 GB.</item>
    /// </list>
    /// The guide's no-offload row (32 GB, "OS + apps + headroom") sizes only the host. On its own it lets the composer
    /// put a 96 GB card on a 32 GB, two-DIMM board.
    /// </summary>
    public static RamGuideline MatchingGpuMemory(double gpuMemoryGb) => new(
        $"loading onto {Figures.MarketedGb(gpuMemoryGb)} of GPU memory (not a row of the guide: every build it specifies has at least as much RAM as VRAM)",
        gpuMemoryGb, gpuMemoryGb, Hard: false, Authority: "ExpertRig's", MatchesGpuMemory: true);

    /// <summary>"Single GPU, no offloading (model fits in VRAM)": 32 GB minimum, 64 GB recommended (OS + apps + headroom).</summary>
    public static RamGuideline NoOffload { get; } = new("a GPU build without offloading", 32, 64, Hard: false);

    /// <summary>"70B model with partial CPU offloading": 64 / 128 GB (offloaded layers need ~40–60 GB headroom).</summary>
    public static RamGuideline PartialOffload70B { get; } = new("a 70B model with partial CPU offloading", 64, 128, Hard: true);

    /// <summary>"405B model (full CPU offload, Q4)": 256 / 512 GB (~115 GB model + OS + KV cache).</summary>
    public static RamGuideline FullOffload405B { get; } = new("a 405B-class model with CPU offloading", 256, 512, Hard: true);

    /// <summary>"Multi-user vLLM serving (70B, 8 users)": 128 / 256 GB (parallel KV caches multiply).</summary>
    public static RamGuideline MultiUserServing70B { get; } = new("multi-user serving of a 70B-class model", 128, 256, Hard: false);

    /// <summary>"Fine-tuning 70B (QLoRA)": 128 / 256 GB (gradient checkpoints and optimizer states).</summary>
    public static RamGuideline QloraFineTuning70B { get; } = new("QLoRA fine-tuning of a 70B-class model", 128, 256, Hard: true);

    /// <summary>The guide's five rows, in its order.</summary>
    public static IReadOnlyList<RamGuideline> Rows { get; } =
        [NoOffload, PartialOffload70B, FullOffload405B, MultiUserServing70B, QloraFineTuning70B];

    /// <summary>
    /// The rows that apply to <paramref name="loads"/> served to <paramref name="users"/> users (and fine-tuned when
    /// <paramref name="fineTuning"/>), and the RAM they ask for.
    /// </summary>
    /// <param name="loads">Each workload and what it keeps in system RAM.</param>
    /// <param name="users">Concurrent users.</param>
    /// <param name="fineTuning">True when the profile fine-tunes.</param>
    /// <param name="osReserveGb">RAM the OS and apps keep.</param>
    /// <param name="gpuMemoryGb">The GPUs' memory (marketed GB, all cards); 0 leaves <see cref="MatchingGpuMemory"/> out.</param>
    public static RamRequirement Apply(IReadOnlyCollection<RamLoad> loads, int users, bool fineTuning, double osReserveGb, double gpuMemoryGb = 0)
    {
        ArgumentNullException.ThrowIfNull(loads);

        // Loops, not LINQ: the composer sizes every option it tries and the RAM rules every build. The largest offload
        // is the first of the largest, as a MaxBy picks it; the maxima are Max's (a NaN is passed over).
        RamLoad? offloading = null;
        var runs70BOrLarger = false;
        foreach (var load in loads)
        {
            if (load.OffloadGb > 0 && (offloading is null || load.OffloadGb.CompareTo(offloading.OffloadGb) > 0))
            {
                offloading = load;
            }

            runs70BOrLarger |= load.Model.ParamsTotalB >= SeventyBClassFloorB;
        }

        var rows = new List<RamGuideline>(4)
        {
            offloading is not null ? OffloadRow(offloading, osReserveGb)
            : OnlySmallModels(loads, users, fineTuning) ? SmallModelOnGpu
            : NoOffload,
        };
        if (runs70BOrLarger && users >= MultiUserFromUsers)
        {
            rows.Add(MultiUserServing70B);
        }

        if (runs70BOrLarger && fineTuning)
        {
            rows.Add(QloraFineTuning70B);
        }

        if (gpuMemoryGb > Largest(rows, minimum: true) && rows[0] != SmallModelOnGpu)
        {
            rows.Add(MatchingGpuMemory(gpuMemoryGb));
        }

        return new RamRequirement(Largest(rows, minimum: true), Largest(rows, minimum: false), offloading?.OffloadGb ?? 0, rows);
    }

    // The rows' largest minimum (or recommendation) as Enumerable.Max reads it: NaNs are passed over unless every one is NaN.
    private static double Largest(List<RamGuideline> rows, bool minimum)
    {
        var largest = double.NaN;
        foreach (var row in rows)
        {
            var gb = minimum ? row.MinimumGb : row.RecommendedGb;
            if (double.IsNaN(largest) || gb > largest)
            {
                largest = gb;
            }
        }

        return largest;
    }

    /// <summary>
    /// True when <see cref="SmallModelOnGpu"/> replaces the no-offload row: every model has at most
    /// <see cref="SmallModelCeilingB"/>B parameters, for inference (no fine-tuning) by fewer than
    /// <see cref="MultiUserFromUsers"/> users. The caller has checked that nothing offloads.
    /// </summary>
    public static bool OnlySmallModels(IReadOnlyCollection<RamLoad> loads, int users, bool fineTuning) =>
        loads.Count > 0 && !fineTuning && users < MultiUserFromUsers && loads.All(load => load.Model.ParamsTotalB <= SmallModelCeilingB);

    /// <summary>The offload row for a workload keeping <see cref="RamLoad.OffloadGb"/> in system RAM (see the class remarks).</summary>
    public static RamGuideline OffloadRow(RamLoad load, double osReserveGb)
    {
        var minimum = Math.Max(PartialOffload70B.MinimumGb, NextPowerOfTwo(load.OffloadGb + osReserveGb));
        var paramsB = load.Model.ParamsTotalB;
        if (minimum == PartialOffload70B.MinimumGb && paramsB is >= SeventyBClassFloorB and < FourOhFiveClassFloorB)
        {
            return PartialOffload70B;
        }

        if (minimum == FullOffload405B.MinimumGb && paramsB >= FourOhFiveClassFloorB)
        {
            return FullOffload405B;
        }

        return new RamGuideline($"{BuildText.Gb(load.OffloadGb)} of offloaded layers, scaled from the guide's 70B and 405B offload rows", minimum, 2 * minimum, Hard: true);
    }

    private static double NextPowerOfTwo(double gb)
    {
        var size = 1.0;
        while (size < gb)
        {
            size *= 2;
        }

        return size;
    }
}
