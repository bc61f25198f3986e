using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Engine.Dsl;
using ExpertRig.Domain.Framework;

namespace ExpertRig.Rules.Framework;

/// <summary>GPU tier list: the RX 7900 XTX for open-source toolchains on Linux.</summary>
[Name("rx7900xtx-linux-open-source")]
[Description("Endorses the RX 7900 XTX when the machine runs Linux, where ROCm works.")]
[Tag("framework"), Tag("rx7900xtx"), Tag("os")]
[Priority(40)]
[Source("guide § 'Tier B: AMD Radeon RX 7900 XTX — The Open-Source Alternative'")]
public sealed class Rx7900XtxOpenSourceRule : Rule
{
    private const string Claim = "for users committed to open-source, privacy-first toolchains who are also running Linux, the RX 7900 XTX provides a cost-effective entry into 24GB VRAM inference";

    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;

        When()
            .Match(() => build, b => GuideBuilds.IsRx7900Xtx(b))
            .Exists<Requirements>(r => r.Profile.Os == OperatingSystemChoice.Linux);
        Then()
            .Yield(ctx => Endorsement(ctx.Rule.Name, build));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Endorsement(string rule, Build build) =>
        Finding.Written(build, FindingKind.Endorsement, rule, build, static s => Text(s));

    private static string Text(Build build) => FrameworkText.Because(
        "You run Linux",
        $"the RX 7900 XTX is the cheapest card with {Figures.MarketedGb(build.Gpu!.VramGb)} ({FrameworkText.Usd(GuideBuilds.GpuCostUsd(build) / build.GpuCount)}) and runs llama.cpp, Ollama and vLLM on ROCm",
        Claim);
}
