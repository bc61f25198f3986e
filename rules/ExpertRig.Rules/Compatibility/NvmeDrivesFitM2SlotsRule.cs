using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using static System.FormattableString;

namespace ExpertRig.Rules.Compatibility;

[Name("nvme-drives-fit-the-m-2-sockets")]
[Description("NVMe drives beyond the board's M.2 sockets need an adapter card or another NVMe port, which the bill of materials does not include.")]
[Tag("compatibility"), Tag("storage"), Tag("pcie")]
[Priority(50)]
[Source("guide § 'Storage: Where Your Models Live Between Sessions' (\"2× Samsung 990 Pro 2TB in separate M.2 slots\") and Build Tier 3 table (five NVMe drives on a four-M.2 board); boards.yaml m2_slots")]
public sealed class NvmeDrivesFitM2SlotsRule : Rule
{
    public override void Define()
    {
        Build build = default!;
        When().Match(() => build, b => b.Motherboard != null && PcieLaneBudget.NvmeDrives(b) > b.Motherboard.M2Slots);
        Then().Yield(ctx => Warning(ctx.Rule.Name, build));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Warning(string rule, Build build) =>
        Finding.Written(build, FindingKind.Warning, rule, build, static s => Text(s));

    private static string Text(Build build) =>
        Invariant($"{PcieLaneBudget.NvmeDrives(build)} NVMe drives need {PcieLaneBudget.NvmeDrives(build)} M.2 sockets; the {build.Motherboard!.Name} has {build.Motherboard.M2Slots}: the rest need a PCIe M.2 adapter card (which takes a slot and lanes) or an NVMe port the catalog does not list.");
}
