using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using ExpertRig.Rules.Framework;
using ExpertRig.Domain.Predictions;

namespace ExpertRig.Rules.Sizing;

/// <summary>Rejects a build whose model drives cannot hold every workload's model file.</summary>
[Name("models-exceed-model-drive")]
[Description("Rejects a build when the model files of all workloads do not fit on its model drive(s).")]
[Tag("sizing"), Tag("storage")]
[Priority(50)]
[Source("guide § 'Storage: Where Your Models Live Between Sessions' (a 70B model is 40–43GB; the 405B in Q4 is ~230GB)")]
public sealed class ModelsExceedModelDriveRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;
        IEnumerable<WorkloadPrediction> predictions = default!;

        When()
            .Match(() => build, b => SizingCalculations.ModelDrives(b).Count > 0)
            .Query(() => predictions, q => q
                .Match<WorkloadPrediction>(p => ReferenceEquals(p.Build, build))
                .Collect()
                .Where(c => SizingCalculations.ModelFilesGb(c) > SizingCalculations.ModelDriveCapacityGb(build)));
        Then()
            .Yield(ctx => Violation(ctx.Rule.Name, build, predictions.ToArray()));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them. The
    // figures are worked out now, as the rule fires; the collected predictions are copied.
    private static Finding Violation(string rule, Build build, WorkloadPrediction[] predictions) =>
        Finding.Written(
            build,
            FindingKind.Violation,
            rule,
            (predictions, FilesGb: SizingCalculations.ModelFilesGb(predictions), DrivesGb: SizingCalculations.ModelDriveCapacityGb(build)),
            static s => Text(s.predictions, s.FilesGb, s.DrivesGb));

    private static string Text(WorkloadPrediction[] predictions, double filesGb, double drivesGb) =>
        $"The workload models take {Figures.Gb(filesGb)} ({SizingCalculations.ModelFileList(predictions)}) but the model drive(s) hold {Figures.Gb(drivesGb)}.";
}
