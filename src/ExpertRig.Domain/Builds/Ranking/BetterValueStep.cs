using ExpertRig.Domain.Facts;

namespace ExpertRig.Domain.Builds;

/// <summary>
/// What a little more money buys over the recommended build, when it buys more speed per dollar: the dearer ranked
/// build that runs the main workload (the profile's first) at least <see cref="MinSpeedGain"/> times as fast, at as
/// many bits per weight, for fewer dollars per token per second than the recommended one; of several, the one with
/// the fewest dollars per token per second (then the cheaper). A buyer who puts cost first gets the cheapest build
/// that meets every need at #1 (<see cref="BuildRanker"/>), and that is right; but where the platform is most of the
/// price, a dearer card can buy more speed than it costs. The DeepSeek R1 buyer's used RTX 3060 on SP3 ($5,819, 7.3
/// tok/s) has the used RTX 3090 on the same platform beside it for $550 more at 8.7 tok/s: 1.26 against 1.36 tok/s per
/// $1,000. The report says so on the recommended build; the ranking is unchanged.
/// </summary>
/// <param name="Top">The recommended build.</param>
/// <param name="Step">The dearer build with more speed per dollar.</param>
/// <param name="Model">The main workload's model name.</param>
/// <param name="TopSpeed">The recommended build's decode tok/s per user on the main workload.</param>
/// <param name="StepSpeed">The step's decode tok/s per user on the main workload.</param>
public sealed record BetterValueStep(RankedBuild Top, RankedBuild Step, string Model, double TopSpeed, double StepSpeed)
{
    /// <summary>
    /// The least speed gain worth stating: ExpertRig's threshold, not the guide's. Below it the gain is within what
    /// the physics' decode estimates can tell apart (the report shows them to 0.1 tok/s, and its calibrated
    /// measurements scatter by more than a few percent), so a step of 5% more speed would be noise sold as value.
    /// </summary>
    public const double MinSpeedGain = 1.10;

    /// <summary>The step over the recommended build, or null when no dearer build buys more speed per dollar.</summary>
    public static BetterValueStep? Find(Ranking ranking, IEnumerable<WorkloadPrediction> predictions)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        ArgumentNullException.ThrowIfNull(predictions);
        if (ranking.Builds.Count < 2)
        {
            return null;
        }

        var top = ranking.Builds[0];
        var mainOf = new Dictionary<Build, WorkloadPrediction>(ReferenceEqualityComparer.Instance);
        foreach (var p in predictions)
        {
            if (!mainOf.TryGetValue(p.Build, out var seen) || p.Need.Index < seen.Need.Index)
            {
                mainOf[p.Build] = p;
            }
        }

        if (!mainOf.TryGetValue(top.Build, out var topMain) || topMain.DecodePerUser <= 0)
        {
            return null;
        }

        var topPerSpeed = top.Build.TotalPriceUsd / topMain.DecodePerUser;
        BetterValueStep? best = null;
        double bestPerSpeed = double.MaxValue;
        for (var i = 1; i < ranking.Builds.Count; i++)
        {
            var other = ranking.Builds[i];
            if (!mainOf.TryGetValue(other.Build, out var main)
                || other.Build.TotalPriceUsd <= top.Build.TotalPriceUsd
                || main.DecodePerUser < topMain.DecodePerUser * MinSpeedGain
                || main.Quant.BitsPerWeight < topMain.Quant.BitsPerWeight)
            {
                continue;
            }

            var perSpeed = other.Build.TotalPriceUsd / main.DecodePerUser;
            if (perSpeed < topPerSpeed
                && (perSpeed < bestPerSpeed || (perSpeed == bestPerSpeed && other.Build.TotalPriceUsd < best!.Step.Build.TotalPriceUsd)))
            {
                best = new BetterValueStep(top, other, topMain.Need.Model.Name, topMain.DecodePerUser, main.DecodePerUser);
                bestPerSpeed = perSpeed;
            }
        }

        return best;
    }

    /// <summary>The sentence on the recommended build.</summary>
    public string Text
    {
        get
        {
            var extra = Step.Build.TotalPriceUsd - Top.Build.TotalPriceUsd;
            return $"For {Figures.Usd(extra)} more ({Figures.Percent(extra / Top.Build.TotalPriceUsd)}), build {Step.Rank}, {Step.Build.Title} ({Figures.Usd(Step.Build.TotalPriceUsd)}), "
                + $"runs {Model} {Figures.Percent((StepSpeed / TopSpeed) - 1)} faster at as many bits ({Figures.Speed(StepSpeed)} tok/s per user against {Figures.Speed(TopSpeed)} here): "
                + $"{PerThousand(StepSpeed, Step.Build)} tok/s per $1,000 against this build's {PerThousand(TopSpeed, Top.Build)}. This build ranks first on the profile's weights; the step buys more speed for each dollar.";
        }
    }

    private static string PerThousand(double speed, Build build) => Figures.Fixed(speed * 1000 / build.TotalPriceUsd, 2);
}
