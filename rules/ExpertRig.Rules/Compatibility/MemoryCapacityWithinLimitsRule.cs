using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using static System.FormattableString;

namespace ExpertRig.Rules.Compatibility;

[Name("ram-within-the-platforms-maximum")]
[Description("The total RAM must not exceed what the board or the CPU supports.")]
[Tag("compatibility"), Tag("platform"), Tag("memory")]
[Priority(50)]
[Source("vendor spec: maximum memory of the CPU (cpus.yaml max_ram_gb) and board (boards.yaml max_ram_gb); guide 'CPU Comparison for AI Workstations' (Max RAM column)")]
public sealed class MemoryCapacityWithinLimitsRule : Rule
{
    public override void Define()
    {
        Build build = default!;
        When().Match(() => build, b => b.Memory != null && b.Motherboard != null && b.Cpu != null
            && (b.SystemRamGb > b.Motherboard.MaxRamGb || b.SystemRamGb > b.Cpu.MaxRamGb));
        Then().Yield(ctx => Violation(ctx.Rule.Name, build));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Violation(string rule, Build build) =>
        Finding.Written(build, FindingKind.Violation, rule, build, static s => Text(s));

    private static string Text(Build build) =>
        Invariant($"{Figures.MarketedGb(build.SystemRamGb)} of RAM exceeds the platform: the {build.Motherboard!.Name} takes up to {Figures.MarketedGb(build.Motherboard.MaxRamGb)} and the {build.Cpu!.Name} up to {Figures.MarketedGb(build.Cpu.MaxRamGb)}.");
}
