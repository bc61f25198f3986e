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
            .Yield(ctx => new Finding(build, FindingKind.Violation, ctx.Rule.Name,
                $"The workload models take {Figures.Gb(SizingCalculations.ModelFilesGb(predictions))} ({SizingCalculations.ModelFileList(predictions)}) but the model drive(s) hold {Figures.Gb(SizingCalculations.ModelDriveCapacityGb(build))}."));
    }
}
