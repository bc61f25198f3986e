using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using static System.FormattableString;

namespace ExpertRig.Rules.Compatibility;

[Name("ram-type-matches-the-platform")]
[Description("The RAM kit must be the DDR generation of the CPU and board, and a DIMM type the board accepts (desktop UDIMM or registered RDIMM).")]
[Tag("compatibility"), Tag("platform"), Tag("memory")]
[Priority(50)]
[Source("guide § 'RAM: System Memory as the AI Model's Secondary Layer' (consumer AM5/LGA 1851 DDR5 kits; Threadripper 8-channel ECC RDIMM); boards.yaml memory_type and memory_modules")]
public sealed class MemoryTypeMatchesPlatformRule : Rule
{
    public override void Define()
    {
        Build build = default!;
        When().Match(() => build, b => b.Memory != null && b.Motherboard != null && b.Cpu != null
            && (b.Memory.Type != b.Motherboard.MemoryType || b.Memory.Type != b.Cpu.MemoryType
                || !b.Motherboard.MemoryModules.Contains(b.Memory.Module)));
        Then().Yield(ctx => Violation(ctx.Rule.Name, build));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Violation(string rule, Build build) =>
        Finding.Written(build, FindingKind.Violation, rule, build, static s => Text(s));

    private static string Text(Build build) =>
        Invariant($"The {build.Memory!.Name} is {Label(build.Memory.Type)} {Label(build.Memory.Module)}; the {build.Motherboard!.Name} takes {Label(build.Motherboard.MemoryType)} {string.Join("/", build.Motherboard.MemoryModules.Select(m => Label(m)))} and the {build.Cpu!.Name} runs {Label(build.Cpu.MemoryType)}.");

    private static string Label(Enum value) => value.ToString().ToUpperInvariant();
}
