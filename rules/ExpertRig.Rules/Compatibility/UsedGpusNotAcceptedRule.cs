using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using static System.FormattableString;

namespace ExpertRig.Rules.Compatibility;

[Name("used-gpus-need-consent")]
[Description("A build with used GPUs is rejected unless the profile accepts used hardware.")]
[Tag("compatibility"), Tag("used")]
[Priority(50)]
[Source("guide § 'Choose 2× RTX 3090 NVLink if' (\"You're comfortable with used hardware and the associated risk\"; \"RTX 3090 is end-of-life\") and § 'Used RTX 3090 for NVLink Builds'")]
public sealed class UsedGpusNotAcceptedRule : Rule
{
    public override void Define()
    {
        Build build = default!;
        Requirements requirements = default!;
        When()
            .Match(() => requirements, r => !r.Profile.AcceptUsed)
            .Match(() => build, b => b.UsedGpus);
        Then().Yield(ctx => Violation(ctx.Rule.Name, build));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Violation(string rule, Build build) =>
        Finding.Written(build, FindingKind.Violation, rule, build, static s => Text(s));

    private static string Text(Build build) =>
        Invariant($"{build.GpuCount} × {build.Gpu?.Name ?? "GPU"} are priced and bought used{(build.Gpu?.PriceUsd.New is null ? " (the card is no longer sold new)" : "")}, and the profile does not accept used hardware (accept_used: false).");
}
