using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using ExpertRig.Rules.Framework;

namespace ExpertRig.Rules.Sizing;

/// <summary>Warns when layers run from system RAM and what that costs in speed.</summary>
[Name("cpu-offload-penalty")]
[Description("Warns when part of a model does not fit in accelerator memory and runs from system RAM, with the fraction offloaded and the predicted speed.")]
[Tag("sizing"), Tag("offload")]
[Priority(50)]
[Source("guide § 'The Physics of Local AI' (a model 20% offloaded to RAM can drop inference speed by 40–60%); physics: offloaded layers stream at system-RAM bandwidth")]
public sealed class CpuOffloadPenaltyRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;
        WorkloadPrediction prediction = default!;

        When()
            .Match(() => build)
            .Match(() => prediction, p => ReferenceEquals(p.Build, build), p => p.Estimate.Runs, p => p.Estimate.OffloadedLayers > 0);
        Then()
            .Yield(ctx => Warning(ctx.Rule.Name, build, prediction));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Warning(string rule, Build build, WorkloadPrediction prediction) =>
        Finding.Written(build, FindingKind.Warning, rule, (build, prediction), static s => Text(s.build, s.prediction));

    private static string Text(Build build, WorkloadPrediction p) =>
        $"{p.Estimate.OffloadedLayers} of {p.Need.Model.Name}'s {p.Need.Model.Layers} layers ({FrameworkText.Percent(p.Estimate.OffloadFraction)}) at {p.Quant.Name} do not fit in {Figures.MarketedGb(build.AcceleratorMemoryGb)} of accelerator memory and run from " +
        (build.IsUnified ? "the memory the GPU may not wire" : $"system RAM{(build.Cpu is { } cpu ? $" at {Figures.Number(cpu.MemoryBandwidthGbs)} GB/s" : "")}") +
        $": predicted {Figures.Speed(p.DecodePerUser)} tok/s per user (guide: 20% offloaded can cost 40–60% of the speed).";
}
