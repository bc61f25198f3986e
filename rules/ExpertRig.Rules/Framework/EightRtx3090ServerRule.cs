using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Engine.Dsl;
using ExpertRig.Domain.Framework;

namespace ExpertRig.Rules.Framework;

/// <summary>Documented build: Ahmad Osman's 8× RTX 3090 server for Llama 3.1 405B.</summary>
[Name("eight-rtx3090-405b-server")]
[Description("Endorses the 8× RTX 3090 server when a 405B-class model must run and the build can run it.")]
[Tag("framework"), Tag("eight-rtx3090")]
[Priority(40)]
[Source("guide § 'The 8-GPU RTX 3090 Basement AI Server' (Ahmad Osman, July 2024)")]
public sealed class EightRtx3090ServerRule : Rule
{
    private const string Claim = "Ahmad Osman's documented 8× RTX 3090 server (192GB VRAM, 512GB RAM, three 1,600W PSUs) hosts Llama 3.1 405B at Q4 quantization";

    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;
        WorkloadPrediction prediction = default!;

        When()
            .Match(() => build, b => GuideBuilds.IsEightRtx3090(b))
            .Match(() => prediction, p => ReferenceEquals(p.Build, build), p => GuideClasses.Is405BClass(p.Need.Model), p => p.Estimate.Runs);
        Then()
            .Yield(ctx => Endorsement(ctx.Rule.Name, build, prediction));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Endorsement(string rule, Build build, WorkloadPrediction prediction) =>
        Finding.Written(build, FindingKind.Endorsement, rule, (build, prediction), static s => Text(s.build, s.prediction));

    private static string Text(Build build, WorkloadPrediction prediction) => FrameworkText.Because(
        $"You run {prediction.Need.Model.Name} ({FrameworkText.Params(prediction.Need)})",
        $"{Figures.MarketedGb(build.AcceleratorMemoryGb)} of VRAM and {Figures.MarketedGb(build.SystemRamGb)} of RAM run it; {FrameworkText.Predicted(prediction)}",
        Claim);
}
