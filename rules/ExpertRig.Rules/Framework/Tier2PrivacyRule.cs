using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Engine.Dsl;
using ExpertRig.Domain.Framework;

namespace ExpertRig.Rules.Framework;

/// <summary>Tier 2 bullet: privacy mandates local deployment of larger models.</summary>
[Name("tier2-private-large-models")]
[Description("Endorses Tier 2 when an air-gapped machine must run 70B-class or larger models.")]
[Tag("framework"), Tag("tier2"), Tag("privacy")]
[Priority(40)]
[Source("guide § 'Decision Framework: Which Build Is Right for You?' and 'The Compliance Team Air-Gapped Dual RTX 5090 Setup'")]
public sealed class Tier2PrivacyRule : Rule
{
    private const string Bullet = "Choose Tier 2 if privacy requirements mandate local deployment of larger models";

    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;
        WorkloadNeed largest = default!;

        When()
            .Match(() => build, b => GuideBuilds.IsTier2(b))
            .Exists<Requirements>(r => r.Profile.Privacy == Privacy.AirGapped)
            .Match(() => largest, n => GuideClasses.Is70BOrLarger(n.Model))
            .Not<WorkloadNeed>(n => GuideClasses.IsLargerThan(n, largest));
        Then()
            .Yield(ctx => Endorsement(ctx.Rule.Name, build, largest));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Endorsement(string rule, Build build, WorkloadNeed largest) =>
        Finding.Written(build, FindingKind.Endorsement, rule, largest, static s => Text(s));

    private static string Text(WorkloadNeed largest) => FrameworkText.Because(
        $"The machine must be air-gapped and runs {largest.Model.Name}",
        "two RTX 5090s keep a 70B-class model on the premises, like the guide's documented legal-compliance workstation",
        Bullet);
}
