using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using static System.FormattableString;

namespace ExpertRig.Rules.Compatibility;

[Name("cpu-lanes-for-every-gpu-at-x8")]
[Description("The CPU must have enough PCIe lanes, after the NVMe drives the chipset cannot take, to give every GPU at least x8.")]
[Tag("compatibility"), Tag("pcie")]
[Priority(50)]
[Source("guide § 'CPUs for Local AI Workstations' (\"PCIe lane count determines how many GPUs can operate at full x16 bandwidth… Running 4 GPUs requires a HEDT or server platform\"; Core Ultra 9 285K: \"x8/x8\")")]
public sealed class CpuLanesGiveEachGpuX8Rule : Rule
{
    public override void Define()
    {
        Build build = default!;
        When().Match(() => build, b => b.Gpu != null && b.Cpu != null
            && PcieLaneBudget.LanesForX8PerGpu(b) > PcieLaneBudget.CpuLanesForGpus(b));
        Then().Yield(ctx => Violation(ctx.Rule.Name, build));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Violation(string rule, Build build) =>
        Finding.Written(build, FindingKind.Violation, rule, build, static s => Text(s));

    private static string Text(Build build) =>
        Invariant($"{build.GpuCount} × {build.Gpu!.Name} need {PcieLaneBudget.LanesForX8PerGpu(build)} CPU lanes to run at x8 each; the {build.Cpu!.Name} has {build.Cpu.PcieLanes}, {PcieLaneBudget.DriveLanesOnCpu(build)} of them taken by NVMe drives.");
}
