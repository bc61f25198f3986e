using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Engine.Dsl;
using static System.FormattableString;

namespace ExpertRig.Rules.Compatibility;

[Name("dgx-spark-runs-linux")]
[Description("The DGX Spark ships NVIDIA's Linux-based DGX OS on an Arm CPU, so it cannot meet a Windows or macOS requirement.")]
[Tag("compatibility"), Tag("os"), Tag("unified")]
[Priority(50)]
[Source("vendor spec: NVIDIA DGX Spark (DGX OS, Ubuntu-based; systems.yaml os: linux); guide § 'The NVIDIA DGX Spark'")]
public sealed class DgxSparkRunsLinuxRule : Rule
{
    public override void Define()
    {
        Build build = default!;
        Requirements requirements = default!;
        When()
            .Match(() => requirements, r => r.Profile.Os == OperatingSystemChoice.Windows || r.Profile.Os == OperatingSystemChoice.MacOS)
            .Match(() => build, b => b.System != null && b.System.Os == OperatingSystemKind.Linux);
        Then().Yield(ctx => Violation(ctx.Rule.Name, build, requirements));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Violation(string rule, Build build, Requirements requirements) =>
        Finding.Written(build, FindingKind.Violation, rule, (build, requirements), static s => Text(s.build, s.requirements));

    private static string Text(Build build, Requirements requirements) =>
        Invariant($"The profile asks for {ProfileTokens.ToToken(requirements.Profile.Os)}, but the {build.System!.Name} runs only DGX OS (Linux on Arm).");
}
