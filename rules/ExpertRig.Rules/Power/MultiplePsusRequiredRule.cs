using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using static System.FormattableString;

namespace ExpertRig.Rules.Power;

[Name("two-psus-above-2000-w")]
[Description("A build that draws more than one ATX power supply can deliver, or more than 2,000 W sustained, needs two or more synchronised PSUs.")]
[Tag("power"), Tag("psu")]
[Priority(50)]
[Source("guide § 'Dual PSU for 4+ GPU Builds' (\"For systems exceeding 2,000W sustained draw, two synchronized PSUs are the practical solution\"); physics constants power.dual_psu_above_watts and max_single_psu_watts")]
public sealed class MultiplePsusRequiredRule : Rule
{
    public override void Define()
    {
        Build build = default!;
        PowerBudget power = default!;
        When()
            .Match(() => build, b => b.Psu != null && b.PsuCount < 2)
            .Match(() => power, p => ReferenceEquals(p.Build, build) && p.Estimate.NeedsMultiplePsus);
        Then().Yield(ctx => Violation(ctx.Rule.Name, build, power));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Violation(string rule, Build build, PowerBudget power) =>
        Finding.Written(build, FindingKind.Violation, rule, (build, power), static s => Text(s.build, s.power));

    private static string Text(Build build, PowerBudget power) =>
        Invariant($"{PowerText.Parts(build)} need {Figures.Number(power.Estimate.RequiredPsuWatts, 0)} W of PSU ({Figures.Number(power.Estimate.SustainedWatts, 0)} W sustained): that is {power.Estimate.PsuCount} × {Figures.Number(power.Estimate.PsuUnitWatts, 0)} W synchronised by an Add2PSU, not one {Figures.Number(build.Psu!.Watts, 0)} W unit.");
}
