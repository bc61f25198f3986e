using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using ExpertRig.Domain.Framework;

namespace ExpertRig.Rules.Framework;

/// <summary>Tier 2 bullet: multi-user serving for 2–6 concurrent users.</summary>
[Name("tier2-small-team")]
[Description("Endorses Tier 2 when 2 to 6 people use the machine at once.")]
[Tag("framework"), Tag("tier2"), Tag("users")]
[Priority(40)]
[Source("guide § 'Decision Framework: Which Build Is Right for You?'")]
public sealed class Tier2MultiUserRule : Rule
{
    private const string Bullet = "Choose Tier 2 if multi-user serving (2–6 concurrent users) is needed";

    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;
        Requirements requirements = default!;
        WorkloadPrediction largest = default!;

        When()
            .Match(() => build, b => GuideBuilds.IsTier2(b))
            .Match(() => requirements, r => r.Users >= 2 && r.Users <= 6)
            .Match(() => largest, p => ReferenceEquals(p.Build, build), p => p.Estimate.Runs)
            .Not<WorkloadNeed>(n => GuideClasses.IsLargerThan(n, largest.Need));
        Then()
            .Yield(ctx => FrameworkText.UsersServed(build, ctx.Rule.Name, requirements, largest, Bullet));
    }
}
