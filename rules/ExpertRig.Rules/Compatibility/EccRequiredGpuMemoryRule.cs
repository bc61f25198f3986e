using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using static System.FormattableString;

namespace ExpertRig.Rules.Compatibility;

[Name("ecc-on-the-gpu-memory")]
[Description("When ECC is required, consumer GPUs are a risk: their VRAM has no ECC, so a bit flip in the weights or KV cache goes undetected even on an ECC host.")]
[Tag("compatibility"), Tag("ecc")]
[Priority(50)]
[Source("guide § 'Tier A+: NVIDIA RTX 6000 Ada' (\"48 GB GDDR6 ECC … ECC protects against bit-flip corruption\" vs the RTX 4090's GDDR6X); gpus.yaml ecc")]
public sealed class EccRequiredGpuMemoryRule : Rule
{
    public override void Define()
    {
        Build build = default!;
        Requirements requirements = default!;
        When()
            .Match(() => requirements, r => r.Profile.EccRequired)
            .Match(() => build, b => b.Gpu != null && !b.Gpu.Ecc);
        Then().Yield(ctx => Warning(ctx.Rule.Name, build));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Warning(string rule, Build build) =>
        Finding.Written(build, FindingKind.Warning, rule, build, static s => Text(s));

    private static string Text(Build build) =>
        Invariant($"The {build.Gpu!.Name}'s {build.Gpu.MemoryType} has no ECC: the model and KV cache live in unprotected VRAM; an RTX 6000 Ada, RTX PRO 6000 or L40S keeps ECC end to end.");
}
