using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using static System.FormattableString;

namespace ExpertRig.Rules.Compatibility;

[Name("nvlink-on-the-rtx-3090-ti")]
[Description("The guide says the RTX 3090 Ti cannot use NVLink; the reference data says it keeps the 3090's 2-way bridge, so the build is accepted and the disagreement is stated.")]
[Tag("compatibility"), Tag("nvlink"), Tag("guide-correction")]
[Priority(50)]
[Source("guide § 'Architecture 1: NVLink Consumer' (\"not 3090 Ti\") against reference/gpus.csv row 'RTX 3090 Ti' (2-way NVLink bridge, 112.5 GB/s) and the catalog's bridge entries")]
public sealed class NvlinkOnRtx3090TiRule : Rule
{
    public override void Define()
    {
        Build build = default!;
        When().Match(() => build, b => b.UsesNvlink && b.Gpu != null && b.Gpu.Id == "rtx-3090-ti" && b.Gpu.Nvlink);
        Then().Yield(ctx => Note(ctx.Rule.Name, build));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Note(string rule, Build build) =>
        Finding.Written(build, FindingKind.Note, rule, build, static s => Text(s));

    private static string Text(Build build) =>
        Invariant($"The guide says the RTX 3090 Ti does not support NVLink, but reference/gpus.csv lists a 2-way bridge at {Figures.Number(build.Gpu!.NvlinkBandwidthGbs ?? 0)} GB/s and NVIDIA's RTX 3090 bridge fits it; check the card has the NVLink edge connector before buying.");
}
