using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using static System.FormattableString;

namespace ExpertRig.Rules.Compatibility;

[Name("dimms-fit-the-memory-slots")]
[Description("Every DIMM of every RAM kit needs a memory slot on the board.")]
[Tag("compatibility"), Tag("platform"), Tag("memory")]
[Priority(50)]
[Source("vendor spec: DIMMs per kit (memory.yaml modules) against the board's DIMM slots (boards.yaml memory_slots)")]
public sealed class MemoryModulesFitSlotsRule : Rule
{
    public override void Define()
    {
        Build build = default!;
        When().Match(() => build, b => b.Memory != null && b.Motherboard != null
            && b.Memory.Modules * b.MemoryKitCount > b.Motherboard.MemorySlots);
        Then().Yield(ctx => Violation(ctx.Rule.Name, build));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Violation(string rule, Build build) =>
        Finding.Written(build, FindingKind.Violation, rule, build, static s => Text(s));

    private static string Text(Build build) =>
        Invariant($"{build.MemoryKitCount} × {build.Memory!.Name} is {build.Memory.Modules * build.MemoryKitCount} DIMMs; the {build.Motherboard!.Name} has {build.Motherboard.MemorySlots} slots.");
}
