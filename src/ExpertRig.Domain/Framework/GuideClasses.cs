using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;

namespace ExpertRig.Domain.Framework;

/// <summary>
/// The size and quality classes the guide reasons in ("7B–34B", "70B", "405B class", "Q4 quality", "Q8 or FP16"),
/// made precise against the catalog so every rule draws the same lines.
/// </summary>
public static class GuideClasses
{
    /// <summary>The top of the guide's mid-size range ("primary models are 7B–34B parameters").</summary>
    public const double MidSizeCeilingB = 34;

    /// <summary>Lower edge of the "70B" class: Llama 3 70B (70.6B) and Qwen 2.5 72B (72.7B) are in it, Mixtral 8x7B (46.7B) is not (the RAM table's line).</summary>
    public const double SeventyBFloorB = GuideRamTable.SeventyBClassFloorB;

    /// <summary>Upper edge of the "70B" class.</summary>
    public const double SeventyBCeilingB = 80;

    /// <summary>Lower edge of the "405B class" (Llama 3.1 405B, DeepSeek R1 671B; the RAM table's line).</summary>
    public const double FourOhFiveClassFloorB = GuideRamTable.FourOhFiveClassFloorB;

    /// <summary>Top of the unified-memory range the guide gives DGX Spark ("70B–200B") and Apple ("70B–192B").</summary>
    public const double UnifiedRangeCeilingB = 200;

    /// <summary>True for models of 34B parameters or fewer.</summary>
    public static bool IsMidSizeOrSmaller(LanguageModel model) => model.ParamsTotalB <= MidSizeCeilingB;

    /// <summary>True for the guide's "70B" models (65–80B parameters).</summary>
    public static bool Is70BClass(LanguageModel model) => model.ParamsTotalB is >= SeventyBFloorB and <= SeventyBCeilingB;

    /// <summary>True for 70B-class models and anything larger.</summary>
    public static bool Is70BOrLarger(LanguageModel model) => model.ParamsTotalB >= SeventyBFloorB;

    /// <summary>True for the guide's "405B class" (300B parameters and up).</summary>
    public static bool Is405BClass(LanguageModel model) => model.ParamsTotalB >= FourOhFiveClassFloorB;

    /// <summary>True for the 70B–200B range the guide sends to unified memory.</summary>
    public static bool IsUnifiedMemoryRange(LanguageModel model) => model.ParamsTotalB is >= SeventyBFloorB and <= UnifiedRangeCeilingB;

    /// <summary>True below Q4: the nominal block format stores fewer than 4 bits per weight (Q3_K_*, Q2_K, IQ3, IQ2 …).</summary>
    public static bool IsBelowQ4(Quantization quant) => quant.BpwNominal < 4;

    /// <summary>True at Q8 or better (Q8_0, FP8, EXL2 8.0, MLX 8-bit, F16, BF16).</summary>
    public static bool IsQ8OrBetter(Quantization quant) => quant.BpwNominal >= 8;

    /// <summary>True for unquantized 16-bit weights, which have no quality cost.</summary>
    public static bool IsUnquantized(Quantization quant) => quant.BpwNominal >= 16;

    /// <summary>
    /// True when <paramref name="other"/> is a larger workload than <paramref name="need"/> (more parameters, or as many
    /// and listed earlier), so <c>Not&lt;WorkloadNeed&gt;(n =&gt; IsLargerThan(n, need))</c> picks one largest workload.
    /// </summary>
    public static bool IsLargerThan(WorkloadNeed other, WorkloadNeed need) =>
        other.Model.ParamsTotalB > need.Model.ParamsTotalB
        || (other.Model.ParamsTotalB == need.Model.ParamsTotalB && other.Index < need.Index);

    /// <summary>True when the need accepts a quantization below Q4: it names one, or leaves the choice open.</summary>
    public static bool ToleratesBelowQ4(WorkloadNeed need) => need.Quant is null || IsBelowQ4(need.Quant);

    /// <summary>True when the user's speed need is absent or at most <paramref name="tokensPerSecond"/>.</summary>
    public static bool AcceptsSpeed(WorkloadNeed need, double tokensPerSecond) =>
        need.MinTokensPerSecond is not { } min || min <= tokensPerSecond;
}
