namespace ExpertRig.Domain.Builds;

/// <summary>
/// The ranking's quality dimension: how much of the 16-bit model's quality a quantization keeps, read from the guide's
/// "quality vs FP16" figures (quants.yaml <c>quality_vs_fp16_pct</c>: Q2_K 85–88%, Q3_K_M 92–93%, Q4_K_M 95–96%,
/// Q5_K_M 97–98%, Q8_0 99%, F16 100%) at their effective bits per weight, interpolated linearly between them for
/// every other format (EXL2 5.0 bpw: about 96%), and scaled from the lowest figure the guide gives (85%, Q2_K) to FP16:
/// Q4_K_M scores 0.70, Q5_K_M 0.83, Q8_0 0.93, 16 bits 1. The bits-per-weight share it replaces (8 bits = full marks)
/// put 5 bits at 0.63 against 8 bits' 1.0, a gap the guide puts at one or two points of quality (97–98% against 99%),
/// so builds that spent four times as much to run a 72B model at 8 instead of 5 bits outranked the cheaper ones.
/// The guide's table gives Q8_0 and Q4_K_M nominal bits (8, 4); the anchors sit at their effective bits (8.5, 4.82)
/// because that is what <see cref="ExpertRig.Domain.Catalog.Quantization.BitsPerWeight"/> holds for every format alike. Below Q2_K
/// the guide gives no figure, so every format of fewer bits scores 0.
/// </summary>
public static class QualityScore
{
    /// <summary>The guide's lowest quality figure (Q2_K, 85–88% of FP16): a score of 0.</summary>
    public const double FloorPct = 85;

    // (effective bits per weight, the middle of the guide's range), from quants.yaml; QualityScoreTests checks them.
    private static readonly (double Bits, double Pct)[] Anchors =
    [
        (2.99, 86.5), (3.89, 92.5), (4.82, 95.5), (5.66, 97.5), (8.5, 99), (16, 100),
    ];

    /// <summary>The guide's anchor points, (effective bits per weight, percent of FP16 quality).</summary>
    public static IReadOnlyList<(double Bits, double Pct)> GuidePoints => Anchors;

    /// <summary>Percent of FP16 quality kept at <paramref name="bitsPerWeight"/> effective bits per weight.</summary>
    public static double RetainedPct(double bitsPerWeight)
    {
        if (bitsPerWeight <= Anchors[0].Bits)
        {
            // Below Q2_K the guide gives no figure: the line from Q2_K to Q3_K_M continues down, never below 0.
            var slope = (Anchors[1].Pct - Anchors[0].Pct) / (Anchors[1].Bits - Anchors[0].Bits);
            return Math.Max(0, Anchors[0].Pct - (slope * (Anchors[0].Bits - bitsPerWeight)));
        }

        for (var i = 1; i < Anchors.Length; i++)
        {
            if (bitsPerWeight <= Anchors[i].Bits)
            {
                var (b0, p0) = Anchors[i - 1];
                var (b1, p1) = Anchors[i];
                return p0 + ((p1 - p0) * (bitsPerWeight - b0) / (b1 - b0));
            }
        }

        return 100;
    }

    /// <summary>The 0–1 score: the share of the way from the guide's lowest figure (85%) to FP16 (100%).</summary>
    public static double Of(double bitsPerWeight) =>
        bitsPerWeight <= 0 ? 0 : Math.Clamp((RetainedPct(bitsPerWeight) - FloorPct) / (100 - FloorPct), 0, 1);
}
