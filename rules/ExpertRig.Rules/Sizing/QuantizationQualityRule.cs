using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using ExpertRig.Rules.Framework;
using ExpertRig.Domain.Framework;
using ExpertRig.Domain.Predictions;

namespace ExpertRig.Rules.Sizing;

/// <summary>Notes the quality a quantization of Q4 or better keeps.</summary>
[Name("quantization-quality")]
[Description("Notes how much of FP16 quality the chosen quantization (Q4 or better) keeps, from the guide's table or llama.cpp's perplexity.")]
[Tag("sizing"), Tag("quantization")]
[Priority(50)]
[Source("guide § 'The Quantization Trade-Off' (Quality vs FP16); llama.cpp perplexity measurements in quants.yaml")]
public sealed class QuantizationQualityRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;
        WorkloadPrediction prediction = default!;

        When()
            .Match(() => build)
            .Match(
                () => prediction,
                p => ReferenceEquals(p.Build, build),
                p => !GuideClasses.IsBelowQ4(p.Quant) && !GuideClasses.IsUnquantized(p.Quant),
                p => SizingCalculations.HasQualityFigure(p.Quant));
        Then()
            .Yield(ctx => Note(ctx.Rule.Name, build, prediction));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Note(string rule, Build build, WorkloadPrediction prediction) =>
        Finding.Written(build, FindingKind.Note, rule, prediction, static p => $"{p.Need.Model.Name} at {p.Quant.Name} {SizingCalculations.QualityPhrase(p.Quant)}.");
}
