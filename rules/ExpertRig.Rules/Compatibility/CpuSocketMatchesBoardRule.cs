using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using static System.FormattableString;

namespace ExpertRig.Rules.Compatibility;

[Name("cpu-fits-the-board")]
[Description("The CPU's socket must be the board's socket, and the CPU must run on the board's chipset.")]
[Tag("compatibility"), Tag("platform")]
[Priority(50)]
[Source("vendor spec: CPU socket and supported chipsets (cpus.yaml) against the board's socket and chipset (boards.yaml)")]
public sealed class CpuSocketMatchesBoardRule : Rule
{
    public override void Define()
    {
        Build build = default!;
        When().Match(() => build, b => b.Cpu != null && b.Motherboard != null
            && (b.Cpu.Socket != b.Motherboard.Socket || !b.Cpu.Chipsets.Contains(b.Motherboard.Chipset)));
        Then().Yield(ctx => Violation(ctx.Rule.Name, build));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Violation(string rule, Build build) =>
        Finding.Written(build, FindingKind.Violation, rule, build, static s => Text(s));

    private static string Text(Build build) =>
        Invariant($"The {build.Cpu!.Name} ({build.Cpu.Socket}, chipsets {string.Join("/", build.Cpu.Chipsets)}) does not fit the {build.Motherboard!.Name} ({build.Motherboard.Socket}, {build.Motherboard.Chipset}).");
}
