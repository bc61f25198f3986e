using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;

namespace ExpertRig.Rules.Advice;

/// <summary>The yearly electricity cost of running the build.</summary>
[Name("yearly-electricity-cost")]
[Description("Notes the build's yearly electricity cost at the profile's hours per day and price per kWh.")]
[Tag("advice"), Tag("power")]
[Priority(0)]
[Source("guide § 'Power and Electrical Considerations' (24/7 at $0.15/kWh ≈ $2,628/year for 2 kW); physics: sustained wall draw × hours × 365")]
public sealed class ElectricityCostRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;
        PowerBudget power = default!;
        Requirements requirements = default!;

        When()
            .Match(() => build)
            .Match(() => power, p => ReferenceEquals(p.Build, build))
            .Match(() => requirements);
        Then()
            .Yield(ctx => Note(ctx.Rule.Name, build, power, requirements));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Note(string rule, Build build, PowerBudget power, Requirements requirements) =>
        Finding.Written(build, FindingKind.Note, rule, (power, requirements), static s => Text(s.power, s.requirements));

    private static string Text(PowerBudget power, Requirements requirements) =>
        $"Electricity: {Figures.WholeUsd(power.Yearly.CostPerYear)}/year at {Figures.Number(requirements.Profile.HoursPerDay)} h/day and {Figures.UsdRate(requirements.Profile.ElectricityUsdPerKwh)}/kWh ("
        + $"{Figures.Number(power.Yearly.KilowattHoursPerYear, 0)} kWh at {Figures.Watts(power.Estimate.SustainedWallWatts)} sustained at the wall).";
}
