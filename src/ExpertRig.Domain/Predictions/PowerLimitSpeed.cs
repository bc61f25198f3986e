using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Physics;

namespace ExpertRig.Domain.Predictions;

/// <summary>
/// What a GPU power limit costs in speed, applied after the physics model as a separate multiplier: decode (one token
/// at a time, bound by memory bandwidth) loses little, prompt processing (large matrix products, bound by compute)
/// loses more. The factors interpolate one published sweep linearly between its measured points; speeds at the stock
/// limit are the physics model's own. Layers offloaded to the CPU are scaled too, which overstates the loss there.
/// </summary>
public static class PowerLimitSpeed
{
    /// <summary>Where the factors come from, for the assumption and the rule.</summary>
    public const string Source =
        "LLM Garage, 'Tokens-per-Second Test Bench: Power Limit Sweep' (February 2026, https://llmgarage.ai/power-limit-tokens-per-second-benchmark): "
        + "6 × RTX 3090 (350 W stock), llama.cpp server, MiniMax M2.5 UD-IQ2_M; decode at 4K context 72.6/72.1/70.7/68.3/62.6 tok/s and prefill at 198K context "
        + "9,893/9,326/8,436/5,941/2,549 tok/s at 350/300/250/200/150 W. Decode agrees with J. F. Brito, 'RTX 3090 Power Limit: Finding the Sweet Spot' "
        + "(https://jeanfbrito.github.io/posts/rtx-3090-power-limit-sweet-spot/: 280 W loses under 1%, Qwen 3.6 27B, llama.cpp)";

    // (share of the stock limit, decode speed share, prompt speed share), from the sweep above: each watt figure ÷ 350 W
    // and each speed ÷ the 350 W speed. Ordered by share, highest first.
    private static readonly (double Share, double Decode, double Prompt)[] Measured =
    [
        (350.0 / 350, 72.6 / 72.6, 9_893.0 / 9_893),
        (300.0 / 350, 72.1 / 72.6, 9_326.0 / 9_893),
        (250.0 / 350, 70.7 / 72.6, 8_436.0 / 9_893),
        (200.0 / 350, 68.3 / 72.6, 5_941.0 / 9_893),
        (150.0 / 350, 62.6 / 72.6, 2_549.0 / 9_893),
    ];

    /// <summary>The share of its stock decode speed a GPU keeps at <paramref name="limit"/>.</summary>
    public static double DecodeFactor(GpuPowerLimit limit) => Interpolate(limit.Fraction, m => m.Decode);

    /// <summary>The share of its stock prompt-processing speed a GPU keeps at <paramref name="limit"/>.</summary>
    public static double PromptFactor(GpuPowerLimit limit) => Interpolate(limit.Fraction, m => m.Prompt);

    /// <summary>The build's estimate at its GPUs' power limit; unchanged at the stock limit and for unified systems.</summary>
    public static InferenceEstimate Apply(InferenceEstimate estimate, Build build, bool withAssumptions) =>
        build.Gpu is null ? estimate : Apply(estimate, build.PowerLimit, withAssumptions);

    /// <summary>
    /// <paramref name="estimate"/> with its decode and prompt speeds scaled for discrete GPUs at <paramref name="limit"/>,
    /// and an assumption saying so; unchanged at the stock limit. The bandwidth ceiling is a property of the memory and
    /// stays.
    /// </summary>
    public static InferenceEstimate Apply(InferenceEstimate estimate, GpuPowerLimit limit, bool withAssumptions)
    {
        if (limit.IsStock)
        {
            return estimate;
        }

        var decode = DecodeFactor(limit);
        var prompt = PromptFactor(limit);
        return estimate with
        {
            DecodeTokensPerSecondPerUser = estimate.DecodeTokensPerSecondPerUser * decode,
            DecodeTokensPerSecondAggregate = estimate.DecodeTokensPerSecondAggregate * decode,
            PromptTokensPerSecond = estimate.PromptTokensPerSecond * prompt,
            Assumptions = withAssumptions ? [.. estimate.Assumptions, Assumption(limit)] : estimate.Assumptions,
        };
    }

    /// <summary>The assumptions of an estimate on <paramref name="build"/>, with the power limit's last when it has one (as <see cref="Apply(InferenceEstimate, Build, bool)"/> lists them).</summary>
    internal static DeferredAssumptions Apply(DeferredAssumptions assumptions, Build build) =>
        build.Gpu is null || build.PowerLimit.IsStock ? assumptions : assumptions.Then(() => Assumption(build.PowerLimit));

    /// <summary>The sentence the estimate and the report give for a limit.</summary>
    public static Assumption Assumption(GpuPowerLimit limit) => new(Effect(limit), Source);

    /// <summary>E.g. "GPUs power-limited to 70% of rated board power keep 97% of their decode speed and 83% of their prompt-processing speed (a measured power-limit sweep)."</summary>
    public static string Effect(GpuPowerLimit limit) =>
        $"GPUs power-limited to {limit.Percent}% of rated board power keep {Figures.Percent(DecodeFactor(limit))} of their decode speed "
        + $"and {Figures.Percent(PromptFactor(limit))} of their prompt-processing speed (a measured power-limit sweep).";

    private static double Interpolate(double share, Func<(double Share, double Decode, double Prompt), double> value)
    {
        for (var i = 1; i < Measured.Length; i++)
        {
            var (upper, lower) = (Measured[i - 1], Measured[i]);
            if (share >= lower.Share)
            {
                var t = (share - lower.Share) / (upper.Share - lower.Share);
                return value(lower) + (t * (value(upper) - value(lower)));
            }
        }

        return value(Measured[^1]);
    }
}
