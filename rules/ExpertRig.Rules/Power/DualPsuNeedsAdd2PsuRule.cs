using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using static System.FormattableString;

namespace ExpertRig.Rules.Power;

[Name("dual-psu-needs-an-add2psu")]
[Description("Two or more power supplies must be switched on together by an Add2PSU adapter, which must be in the bill of materials.")]
[Tag("power"), Tag("psu")]
[Priority(50)]
[Source("guide § 'Dual PSU for 4+ GPU Builds' (\"An add-2-PSU (Add2PSU) adapter module ($20–$40) synchronizes the two units' power-on sequencing\") and Build Tier 3 table")]
public sealed class DualPsuNeedsAdd2PsuRule : Rule
{
    public override void Define()
    {
        Build build = default!;
        When().Match(() => build, b => b.Psu != null && b.PsuCount >= 2
            && !b.Accessories.Any(a => a.Kind == AccessoryKind.Add2Psu && b.Components.Any(c => c.Id == a.Id)));
        Then().Yield(ctx => Violation(ctx.Rule.Name, build));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Violation(string rule, Build build) =>
        Finding.Written(build, FindingKind.Violation, rule, build, static s => Text(s));

    private static string Text(Build build) =>
        Invariant($"{PowerText.Psus(build)} need an Add2PSU adapter to power on together, and none is in the bill of materials.");
}
