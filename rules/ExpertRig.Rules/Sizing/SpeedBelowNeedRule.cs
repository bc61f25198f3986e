using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using ExpertRig.Rules.Framework;
using ExpertRig.Domain.Predictions;

namespace ExpertRig.Rules.Sizing;

/// <summary>Rejects a build whose predicted speed misses the user's need.</summary>
[Name("speed-below-need")]
[Description("Rejects a build when a workload's predicted decode speed per user is below the min_tokens_per_s the profile asks for.")]
[Tag("sizing"), Tag("speed")]
[Priority(50)]
[Source("physics: decode estimate (bandwidth-bound, calibrated to measurements.yaml) against the profile's min_tokens_per_s")]
public sealed class SpeedBelowNeedRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;
        WorkloadPrediction prediction = default!;

        When()
            .Match(() => build)
            .Match(() => prediction, p => ReferenceEquals(p.Build, build), p => p.Estimate.Runs, p => !p.MeetsSpeed);
        Then()
            .Yield(ctx => Violation(ctx.Rule.Name, build, prediction));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Violation(string rule, Build build, WorkloadPrediction prediction) =>
        Finding.Written(build, FindingKind.Violation, rule, prediction, static p => Text(p));

    private static string Text(WorkloadPrediction prediction) =>
        $"{prediction.Need.Model.Name} at {prediction.Quant.Name} needs {Figures.Speed(prediction.Need.MinTokensPerSecond!.Value)} tok/s per user, "
        + $"predicted {Figures.Speed(prediction.DecodePerUser)} for {SizingCalculations.Users(prediction)} user(s).";
}
