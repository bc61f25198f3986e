using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;

namespace ExpertRig.Rules.Framework;

/// <summary>Shared pieces of the framework's sentences: the profile fact, the build's claim, the predicted speed, the bullet.</summary>
public static class FrameworkText
{
    /// <summary>"{fact}: {claim} (guide: {bullet})." — the shape of every framework finding.</summary>
    public static string Because(string fact, string claim, string bullet) => $"{fact}: {claim} (guide: {bullet}).";

    /// <summary>The physics model's prediction in words, e.g. "Llama 3 70B at Q4_K_M is predicted at 16.8 tok/s per user, all in VRAM".</summary>
    public static string Predicted(WorkloadPrediction prediction) =>
        $"{prediction.Need.Model.Name} at {prediction.Quant.Name} is predicted at {Figures.Speed(prediction.DecodePerUser)} tok/s per user, " +
        (prediction.Estimate.Fits
            ? "all in accelerator memory"
            : $"with {FrameworkText.Percent(prediction.Estimate.OffloadFraction)} of its layers offloaded to system RAM");

    /// <summary>
    /// The endorsement of a tier for the number of people served at once (Tier 2's and Tier 3's rules), written when
    /// first read (<see cref="Finding.Written{TState}"/>): a consultation that ranks reads few of them.
    /// </summary>
    public static Finding UsersServed(Build build, string rule, Requirements requirements, WorkloadPrediction largest, string bullet) =>
        Finding.Written(build, FindingKind.Endorsement, rule, (requirements, largest, bullet),
            static s => Because(
                $"You serve {s.requirements.Users} concurrent users",
                $"for {s.requirements.Users} users at once, {Predicted(s.largest)}",
                s.bullet));

    /// <summary>A model's size as the guide writes it, e.g. "32.5B".</summary>
    public static string Params(WorkloadNeed need) => $"{Figures.Number(need.Model.ParamsTotalB)}B";

    /// <summary>A share as a whole percentage without a space, e.g. "26%" (the invariant culture's P0 writes "26 %").</summary>
    public static string Percent(double fraction) => Figures.Percent(fraction);

    /// <summary>Whole US dollars, e.g. "$7,500".</summary>
    public static string Usd(double amount) => Figures.Usd(amount);
}
