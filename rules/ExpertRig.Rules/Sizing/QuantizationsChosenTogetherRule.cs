using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;

namespace ExpertRig.Rules.Sizing;

/// <summary>Says when a workload runs at a lower quantization than it would alone, so that every workload kept loaded fits at once.</summary>
[Name("quantizations-chosen-together")]
[Description("With run_together (the default) the workloads' quantizations are chosen together: when each one's best choice fits the accelerators alone but not beside the others, the open quantizations are lowered to the set, down to the quality floor, that fits all at once with the most bits for its worst workload (then in total); the finding names the workload, the quantization it would have alone and the one it runs at.")]
[Tag("sizing"), Tag("quantization"), Tag("memory")]
[Priority(50)]
[Source("issue 12 § Models loaded together (a joint quantization choice); physics: memory placement per workload (MemoryPlanner)")]
public sealed class QuantizationsChosenTogetherRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;
        WorkloadPrediction prediction = default!;
        Knowledge knowledge = default!;

        When()
            .Match(() => knowledge)
            .Match(() => build)
            .Match(() => prediction, p => ReferenceEquals(p.Build, build), p => p.AloneQuant != null);
        Then()
            .Yield(ctx => Note(ctx.Rule.Name, build, prediction, knowledge));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them. The
    // usable memory is worked out now, as the rule fires.
    private static Finding Note(string rule, Build build, WorkloadPrediction prediction, Knowledge knowledge) =>
        Finding.Written(build, FindingKind.Note, rule, (prediction, UsableGb: AcceleratorMemory.UsableGb(build, knowledge.Physics)), static s => Text(s.prediction, s.UsableGb));

    private static string Text(WorkloadPrediction prediction, double usableGb) =>
        $"{prediction.Need.Model.Name} runs at {prediction.Quant.Name}, not the {prediction.AloneQuant!.Name} it would get alone, "
        + $"so that every workload stays loaded in the build's {Figures.Gb(usableGb)} of accelerator memory at once (run_together; set run_together: false to load one at a time at the better quantization).";
}
