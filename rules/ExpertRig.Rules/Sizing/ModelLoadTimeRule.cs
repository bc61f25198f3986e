using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using ExpertRig.Rules.Framework;
using ExpertRig.Domain.Predictions;

namespace ExpertRig.Rules.Sizing;

/// <summary>Notes how long a model takes to load from the model drive.</summary>
[Name("model-load-time")]
[Description("Notes how many seconds a workload's weights take to load from the build's model drive at its sequential read speed.")]
[Tag("sizing"), Tag("storage")]
[Priority(50)]
[Source("guide § 'What Storage Performance Actually Means for AI Workloads' (a 43GB model loads in ~6–7 s at 7,000 MB/s)")]
public sealed class ModelLoadTimeRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;
        WorkloadPrediction prediction = default!;

        When()
            .Match(() => build, b => SizingCalculations.ModelDrive(b) != null)
            .Match(() => prediction, p => ReferenceEquals(p.Build, build), p => p.Estimate.LoadSeconds != null);
        Then()
            .Yield(ctx => Note(ctx.Rule.Name, build, prediction));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Note(string rule, Build build, WorkloadPrediction prediction) =>
        Finding.Written(build, FindingKind.Note, rule, (build, prediction), static s => Text(s.build, s.prediction));

    private static string Text(Build build, WorkloadPrediction prediction)
    {
        var drive = SizingCalculations.ModelDrive(build)!;
        return $"{prediction.Need.Model.Name} at {prediction.Quant.Name} ({Figures.Gb(prediction.Estimate.WeightsGb)}) loads in about {Figures.Duration(prediction.Estimate.LoadSeconds!.Value)} from the {drive.Name} at {Figures.Number(drive.ReadMbs, 0)} MB/s.";
    }
}
