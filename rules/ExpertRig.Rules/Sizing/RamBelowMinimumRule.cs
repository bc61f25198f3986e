using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Predictions;
using ExpertRig.Engine.Dsl;
using ExpertRig.Rules.Framework;

namespace ExpertRig.Rules.Sizing;

/// <summary>Rejects a build whose RAM is below the guide's minimum for offloading or QLoRA (<see cref="GuideRamTable"/>, as the configurator reads it).</summary>
[Name("ram-below-minimum")]
[Description("Rejects a GPU build whose system RAM is below the guide's minimum for what it must hold: offloaded layers (the 70B and 405B rows, scaled by the GB the physics offloads) or QLoRA training state.")]
[Tag("sizing"), Tag("ram")]
[Priority(50)]
[Source(GuideRamTable.Source)]
public sealed class RamBelowMinimumRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;
        Requirements requirements = default!;
        Knowledge knowledge = default!;
        IEnumerable<WorkloadPrediction> predictions = default!;

        When()
            .Match(() => build, b => !b.IsUnified)
            .Match(() => requirements)
            .Match(() => knowledge)
            .Query(() => predictions, q => q
                .Match<WorkloadPrediction>(p => ReferenceEquals(p.Build, build))
                .Collect()
                .Where(c => Shortfall(build, c, requirements, knowledge) != null));
        Then()
            .Yield(ctx => Violation(ctx.Rule.Name, build, Shortfall(build, predictions, requirements, knowledge)!));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Violation(string rule, Build build, RamGuideline row) =>
        Finding.Written(build, FindingKind.Violation, rule, (build, row), static s => Text(s.build, s.row));

    private static RamGuideline? Shortfall(Build build, IEnumerable<WorkloadPrediction> predictions, Requirements requirements, Knowledge knowledge) =>
        RamSizing.ForPredictions(build, predictions, requirements, knowledge.Physics).HardShortfall(build.SystemRamGb);

    private static string Text(Build build, RamGuideline row) =>
        $"{Figures.MarketedGb(build.SystemRamGb)} of system RAM is below {row.Authority} {Figures.MarketedGb(row.MinimumGb)} minimum for {row.UseCase} ({Figures.MarketedGb(row.RecommendedGb)} recommended).";
}
