using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using ExpertRig.Rules.Framework;

namespace ExpertRig.Rules.Sizing;

/// <summary>Rejects a build whose RAM is below the guide's minimum for offloading or QLoRA.</summary>
[Name("ram-below-minimum")]
[Description("Rejects a GPU build whose system RAM is below the guide's minimum for what it must hold: offloaded 70B or 405B layers, or QLoRA training state.")]
[Tag("sizing"), Tag("ram")]
[Priority(50)]
[Source("guide § 'How Much RAM Do You Need?'")]
public sealed class RamBelowMinimumRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;
        Requirements requirements = default!;
        IEnumerable<WorkloadPrediction> predictions = default!;

        When()
            .Match(() => build, b => !b.IsUnified)
            .Match(() => requirements)
            .Query(() => predictions, q => q
                .Match<WorkloadPrediction>(p => ReferenceEquals(p.Build, build))
                .Collect()
                .Where(c => GuideRamTable.HardShortfall(build, c, requirements) != null));
        Then()
            .Yield(ctx => new Finding(build, FindingKind.Violation, ctx.Rule.Name, Text(build, GuideRamTable.HardShortfall(build, predictions, requirements)!)));
    }

    private static string Text(Build build, RamGuideline row) =>
        $"{build.SystemRamGb:0} GB of system RAM is below the guide's {row.MinimumGb:0} GB minimum for {row.UseCase} ({row.RecommendedGb:0} GB recommended).";
}
