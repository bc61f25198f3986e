using ExpertRig.Domain;
using ExpertRig.Domain.Profiles;

namespace ExpertRig.Advisor;

/// <summary>One budget step of the frontier: the best feasible build that costs no more than the step, if any.</summary>
/// <param name="BudgetUsd">The step's budget.</param>
/// <param name="Archetype">The build's template or generated id; null when nothing is feasible at this budget.</param>
/// <param name="Title">The build's title.</param>
/// <param name="PriceUsd">The build's total.</param>
/// <param name="MainDecodeTokensPerS">Decode speed per user of the main workload, as shown.</param>
/// <param name="MainQuant">The main workload's quantization on that build.</param>
public sealed record FrontierStep(double BudgetUsd, string? Archetype, string? Title, double? PriceUsd, double? MainDecodeTokensPerS, string? MainQuant);

/// <summary>
/// What each extra dollar buys: one consultation at twice the profile's budget, then at each of about 20 budget steps
/// from the cheapest feasible build up to twice the budget, the feasible build that fits the step with the fastest main
/// workload (the cheaper on a tie). One consultation
/// keeps the cost near one <c>recommend</c>.
/// </summary>
public static class Frontier
{
    /// <summary>Budget steps of the frontier.</summary>
    public const int Steps = 20;

    /// <summary>
    /// The frontier of <paramref name="profile"/> (up to the dearest feasible build when the profile sets no budget);
    /// empty when nothing is feasible even at twice the budget.
    /// </summary>
    public static IReadOnlyList<FrontierStep> For(Advisor advisor, Profile profile)
    {
        ArgumentNullException.ThrowIfNull(advisor);
        ArgumentNullException.ThrowIfNull(profile);
        // With no budget there is no ceiling to double: the steps run up to the dearest feasible build.
        var consultation = advisor.Consult(profile.HasBudget ? profile with { BudgetUsd = profile.BudgetUsd * 2 } : profile);
        var ranked = consultation.Ranked;
        if (ranked.Count == 0)
        {
            return [];
        }

        var top = profile.HasBudget ? profile.BudgetUsd * 2 : ranked.Max(r => r.Build.TotalPriceUsd);
        var cheapest = ranked.Min(r => r.Build.TotalPriceUsd);
        var step = (top - cheapest) / (Steps - 1);
        return [.. Enumerable.Range(0, Steps).Select(i =>
        {
            var budget = Figures.Dollars(i == Steps - 1 ? top : cheapest + (i * step));
            // What more money buys is speed of the main workload: the fastest affordable build, the cheaper on a tie.
            var best = ranked.Where(r => r.Build.TotalPriceUsd <= budget)
                .OrderByDescending(r => Figures.RoundSpeed(consultation.PredictionsFor(r.Build).FirstOrDefault()?.DecodePerUser ?? 0))
                .ThenBy(r => r.Build.TotalPriceUsd).ThenBy(r => r.Rank).FirstOrDefault();
            if (best is null)
            {
                return new FrontierStep(budget, null, null, null, null, null);
            }

            var main = consultation.PredictionsFor(best.Build).FirstOrDefault();
            return new FrontierStep(budget, best.Build.Archetype, best.Build.Title, best.Build.TotalPriceUsd,
                main is null ? null : Figures.RoundSpeed(main.DecodePerUser), main?.Quant.Name);
        })];
    }
}
