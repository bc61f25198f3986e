using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;

namespace ExpertRig.Rules.Advice;

/// <summary>The upgrade path of a unified-memory system.</summary>
[Name("unified-memory-upgrade-path")]
[Description("Notes that unified memory is fixed at purchase, and that a DGX Spark can be paired with a second unit for larger models.")]
[Tag("advice"), Tag("upgrade")]
[Priority(0)]
[Source("guide § 'The NVIDIA DGX Spark' (two units via QSFP run up to 405B); vendor spec: Apple unified memory is configured at purchase")]
public sealed class UnifiedUpgradePathRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;

        When()
            .Match(() => build, b => b.IsUnified);
        Then()
            .Yield(ctx => Note(ctx.Rule.Name, build));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Note(string rule, Build build) =>
        Finding.Written(build, FindingKind.Note, rule, build, static s => Text(s));

    private static string Text(Build build) => build.System!.Vendor == "nvidia"
        ? $"Upgrade path: the {build.System.Name}'s {Figures.MarketedGb(build.System.MemoryGb)} cannot be extended, but a second unit connected over its QSFP ports runs models up to 405B (guide)."
        : $"Upgrade path: the {build.System.Name}'s {Figures.MarketedGb(build.System.MemoryGb)} of unified memory is fixed at purchase, so buy the size your largest future model needs.";
}
