using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using static System.FormattableString;

namespace ExpertRig.Rules.Compatibility;

[Name("ecc-memory-on-the-platform")]
[Description("When ECC is required, the RAM, the CPU and the board must all support ECC.")]
[Tag("compatibility"), Tag("ecc"), Tag("memory")]
[Priority(50)]
[Source("guide § 'Choose Tier 3' (\"professional-grade reliability (ECC …)\") and § 'For Threadripper / Threadripper Pro (8-channel ECC RDIMM)'; ECC flags in cpus.yaml, boards.yaml, memory.yaml")]
public sealed class EccRequiredPlatformRule : Rule
{
    public override void Define()
    {
        Build build = default!;
        Requirements requirements = default!;
        When()
            .Match(() => requirements, r => r.Profile.EccRequired)
            .Match(() => build, b => b.Cpu != null && b.Motherboard != null && b.Memory != null
                && !(b.Memory.Ecc && b.Cpu.Ecc && b.Motherboard.Ecc));
        Then().Yield(ctx => Violation(ctx.Rule.Name, build));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Violation(string rule, Build build) =>
        Finding.Written(build, FindingKind.Violation, rule, build, static s => Text(s));

    private static string Text(Build build)
    {
        var missing = new[]
        {
            build.Memory!.Ecc ? null : build.Memory.Name,
            build.Cpu!.Ecc ? null : build.Cpu.Name,
            build.Motherboard!.Ecc ? null : build.Motherboard.Name,
        }.OfType<string>().ToList();
        var verb = missing.Count == 1 ? "does" : "do";
        return Invariant($"ECC is required but the {string.Join(" and the ", missing)} {verb} not support ECC memory.");
    }
}
