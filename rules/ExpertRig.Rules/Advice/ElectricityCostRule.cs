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
            .Yield(ctx => new Finding(build, FindingKind.Note, ctx.Rule.Name,
                $"Electricity: ${power.Yearly.CostPerYear:N0}/year at {requirements.Profile.HoursPerDay:0.#} h/day and ${requirements.Profile.ElectricityUsdPerKwh:0.00##}/kWh ({power.Yearly.KilowattHoursPerYear:N0} kWh at {power.Estimate.SustainedWallWatts:N0} W sustained at the wall)."));
    }
}
