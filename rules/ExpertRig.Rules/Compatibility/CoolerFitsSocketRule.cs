using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using static System.FormattableString;

namespace ExpertRig.Rules.Compatibility;

[Name("cooler-mounts-on-the-socket")]
[Description("The CPU cooler must have a mounting kit for the CPU's socket.")]
[Tag("compatibility"), Tag("cooling")]
[Priority(50)]
[Source("vendor spec: cooler sockets (coolers.yaml sockets); guide § 'CPU Cooling' (Noctua NH-U14S TR5-SP6 \"specifically designed for sTR5\")")]
public sealed class CoolerFitsSocketRule : Rule
{
    public override void Define()
    {
        Build build = default!;
        When().Match(() => build, b => b.Cooler != null && b.Cpu != null && !b.Cooler.Sockets.Contains(b.Cpu.Socket));
        Then().Yield(ctx => Violation(ctx.Rule.Name, build));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Violation(string rule, Build build) =>
        Finding.Written(build, FindingKind.Violation, rule, build, static s => Text(s));

    private static string Text(Build build) =>
        Invariant($"The {build.Cooler!.Name} mounts on {string.Join(", ", build.Cooler.Sockets)}, not on the {build.Cpu!.Name}'s {build.Cpu.Socket}.");
}
