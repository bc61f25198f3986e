namespace ExpertRig.Domain.Builds;

/// <summary>One row of the guide's table "How Much RAM Do You Need?".</summary>
/// <param name="UseCase">The row's use case, as the guide words it.</param>
/// <param name="MinimumGb">The row's minimum RAM.</param>
/// <param name="RecommendedGb">The row's recommended RAM.</param>
public sealed record RamGuideline(string UseCase, double MinimumGb, double RecommendedGb)
{
    /// <summary>Where the rows come from.</summary>
    public const string Source = "guide § 'How Much RAM Do You Need?'";

    /// <summary>"Single GPU, no offloading (model fits in VRAM)": 32 GB minimum, 64 GB recommended.</summary>
    public static RamGuideline NoOffload { get; } = new("single GPU, no offloading", 32, 64);

    /// <summary>"70B model with partial CPU offloading": 64 / 128 GB.</summary>
    public static RamGuideline PartialOffload { get; } = new("70B model with partial CPU offloading", 64, 128);

    /// <summary>"405B model (full CPU offload, Q4)": 256 / 512 GB.</summary>
    public static RamGuideline FullOffload { get; } = new("405B model with full CPU offload", 256, 512);

    /// <summary>"Multi-user vLLM serving (70B, 8 users)": 128 / 256 GB.</summary>
    public static RamGuideline MultiUser { get; } = new("multi-user vLLM serving of a 70B model to 8 users", 128, 256);

    /// <summary>"Fine-tuning 70B (QLoRA)": 128 / 256 GB.</summary>
    public static RamGuideline FineTuning { get; } = new("fine-tuning a 70B model with QLoRA", 128, 256);

    /// <inheritdoc />
    public override string ToString() => $"{UseCase} ({MinimumGb:0} GB minimum, {RecommendedGb:0} GB recommended)";
}
