using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using ExpertRig.Domain.Framework;

namespace ExpertRig.Rules.Framework;

/// <summary>Tier 3 bullet: 10–20 concurrent users.</summary>
[Name("tier3-team-of-10-to-20")]
[Description("Endorses Tier 3 when 10 to 20 people use the machine at once.")]
[Tag("framework"), Tag("tier3"), Tag("users")]
[Priority(40)]
[Source("guide § 'Decision Framework: Which Build Is Right for You?'")]
public sealed class Tier3TeamRule : Rule
{
    private const string Bullet = "Choose Tier 3 if 10–20 concurrent users need model access";

    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;
        Requirements requirements = default!;
        WorkloadPrediction largest = default!;

        When()
            .Match(() => build, b => GuideBuilds.IsTier3(b))
            .Match(() => requirements, r => r.Users >= 10 && r.Users <= 20)
            .Match(() => largest, p => ReferenceEquals(p.Build, build), p => p.Estimate.Runs)
            .Not<WorkloadNeed>(n => GuideClasses.IsLargerThan(n, largest.Need));
        Then()
            .Yield(ctx => FrameworkText.UsersServed(build, ctx.Rule.Name, requirements, largest, Bullet));
    }
}
