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
        Then().Yield(ctx => new Finding(build, FindingKind.Violation, ctx.Rule.Name, Text(build)));
    }

    private static string Text(Build build) =>
        Invariant($"{build.MemoryKitCount} × {build.Memory!.Name} is {build.Memory.Modules * build.MemoryKitCount} DIMMs; the {build.Motherboard!.Name} has {build.Motherboard.MemorySlots} slots.");
}
