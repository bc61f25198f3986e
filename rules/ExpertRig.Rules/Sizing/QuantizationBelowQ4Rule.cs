using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using ExpertRig.Rules.Framework;
using ExpertRig.Domain.Framework;
using ExpertRig.Domain.Predictions;

namespace ExpertRig.Rules.Sizing;

/// <summary>Warns about the quality cost of a quantization below Q4.</summary>
[Name("quantization-below-q4")]
[Description("Warns when a workload runs below Q4, where the guide's table shows quality falling to 92–93% (Q3) or 85–88% (Q2) of FP16.")]
[Tag("sizing"), Tag("quantization")]
[Priority(50)]
[Source("guide § 'The Quantization Trade-Off' (Quality vs FP16); llama.cpp perplexity measurements in quants.yaml")]
public sealed class QuantizationBelowQ4Rule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;
        WorkloadPrediction prediction = default!;

        When()
            .Match(() => build)
            .Match(() => prediction, p => ReferenceEquals(p.Build, build), p => GuideClasses.IsBelowQ4(p.Quant));
        Then()
            .Yield(ctx => Warning(ctx.Rule.Name, build, prediction));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Warning(string rule, Build build, WorkloadPrediction prediction) =>
        Finding.Written(build, FindingKind.Warning, rule, prediction, static p =>
            $"{p.Need.Model.Name} at {p.Quant.Name} {SizingCalculations.QualityPhrase(p.Quant)}: below Q4 the loss is noticeable, so more memory for Q4_K_M or better is worth pricing.");
}
