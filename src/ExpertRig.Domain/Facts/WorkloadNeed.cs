using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Profiles;

namespace ExpertRig.Domain.Facts;

/// <summary>One model the user will run, resolved against the catalog.</summary>
/// <param name="Index">Position in the profile (0 is the main workload).</param>
/// <param name="Workload">The workload as the profile gave it.</param>
/// <param name="Model">The catalog model.</param>
/// <param name="Quant">The requested quantization, or null for "the best quality that meets the other needs".</param>
public sealed record WorkloadNeed(int Index, Workload Workload, LanguageModel Model, Quantization? Quant)
{
    /// <summary>
    /// The lowest quantization the recommender may choose when <see cref="Quant"/> is open (profile <c>min_quality</c>);
    /// null applies the default floor of about 4 effective bits (<see cref="Predictions.QuantLadder.DefaultFloor"/>).
    /// </summary>
    public Quantization? QualityFloor { get; init; }

    /// <summary>Context length per sequence.</summary>
    public int ContextTokens => Workload.ContextTokens;

    /// <summary>Decode speed each user needs, if any.</summary>
    public double? MinTokensPerSecond => Workload.MinTokensPerSecond;

    /// <summary>
    /// True when a predicted decode speed per user meets the need (or there is none). The speed is judged as shown,
    /// to <see cref="Figures.SpeedDecimals"/> decimal, so a build is never rejected for "needs 10, predicted 10".
    /// </summary>
    public bool IsMetBy(double decodeTokensPerSecondPerUser) =>
        MinTokensPerSecond is not { } min || Figures.RoundSpeed(decodeTokensPerSecondPerUser) >= min;

    /// <summary>True when <paramref name="needs"/> are in the order of their index, as a consultation collects them.</summary>
    public static bool InIndexOrder(IReadOnlyList<WorkloadNeed> needs)
    {
        ArgumentNullException.ThrowIfNull(needs);
        for (var i = 1; i < needs.Count; i++)
        {
            if (needs[i].Index < needs[i - 1].Index)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// <paramref name="needs"/> in the order of their index (as a stable sort by it): the list itself when it is in
    /// that order already, as the collected needs of a consultation are.
    /// </summary>
    public static IReadOnlyList<WorkloadNeed> ByIndex(IReadOnlyList<WorkloadNeed> needs) =>
        InIndexOrder(needs) ? needs : needs.OrderBy(n => n.Index).ToList();

    /// <inheritdoc />
    public override string ToString() =>
        $"Workload {Index + 1}: {Model.Id} {Quant?.Name ?? "(best quant)"} @ {Figures.Number(ContextTokens, 0)} tokens" +
        (MinTokensPerSecond is { } min ? $", ≥ {Figures.Speed(min)} tok/s" : "");
}
