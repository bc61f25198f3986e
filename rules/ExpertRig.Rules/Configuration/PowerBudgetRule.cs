using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;

namespace ExpertRig.Rules.Configuration;

[Name("power-budget")]
[Description("A build's power is the sum of its parts' sustained and peak draw; the PSU must carry the peak with headroom, the wall draw sets the household circuit, and the hours of use set the yearly electricity cost.")]
[Tag("configuration"), Tag("power")]
[Priority(85)]
[Source("guide § 'Power Supply Units' (PSU Sizing Calculator) and § 'Power and Electrical Considerations'")]
public sealed class PowerBudgetRule : Rule
{
    public override void Define()
    {
        Build build = default!;
        Requirements requirements = default!;
        Knowledge knowledge = default!;
        When()
            .Match(() => build)
            .Match(() => requirements)
            .Match(() => knowledge);
        Then().Yield(_ => PowerBudgets.For(build, requirements, knowledge));
    }
}
