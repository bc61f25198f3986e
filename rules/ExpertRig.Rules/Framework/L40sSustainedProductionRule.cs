using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Engine.Dsl;
using ExpertRig.Domain.Framework;

namespace ExpertRig.Rules.Framework;

/// <summary>GPU tier list: the L40S is built for sustained production inference.</summary>
[Name("l40s-sustained-production")]
[Description("Endorses one or two L40S when the machine runs inference 12 hours a day or more.")]
[Tag("framework"), Tag("l40s")]
[Priority(40)]
[Source("guide § 'Tier B: NVIDIA L40S — The Datacenter Card That Fits at a Desk' and GPU Comparison Matrix ('Sustained production inference')")]
public sealed class L40sSustainedProductionRule : Rule
{
    // Half the day or more counts as sustained use; the guide gives no figure.
    private const double SustainedHoursPerDay = 12;
    private const string Claim = "the L40S is the workhorse of enterprise AI inference deployments, with production-grade reliability";

    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;
        Requirements requirements = default!;

        When()
            .Match(() => build, b => GuideBuilds.IsL40s(b))
            .Match(() => requirements, r => r.Profile.HoursPerDay >= SustainedHoursPerDay);
        Then()
            .Yield(ctx => Endorsement(ctx.Rule.Name, build, requirements));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Endorsement(string rule, Build build, Requirements requirements) =>
        Finding.Written(build, FindingKind.Endorsement, rule, (build, requirements), static s => Text(s.build, s.requirements));

    private static string Text(Build build, Requirements requirements) => FrameworkText.Because(
        $"The machine runs inference {Figures.Number(requirements.Profile.HoursPerDay)} h a day",
        $"{build.GpuCount} × L40S ({Figures.MarketedGb(build.AcceleratorMemoryGb)} ECC) is a datacenter card made for that duty; being passive, it needs a chassis that forces air through it",
        Claim);
}
