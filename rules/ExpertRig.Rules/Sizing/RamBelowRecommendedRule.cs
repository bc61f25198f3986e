using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Predictions;
using ExpertRig.Engine.Dsl;
using ExpertRig.Rules.Framework;

namespace ExpertRig.Rules.Sizing;

/// <summary>Warns when RAM is below what the guide recommends, or below a soft minimum (<see cref="GuideRamTable"/>, as the configurator reads it).</summary>
[Name("ram-below-recommended")]
[Description("Warns when a GPU build's system RAM is below the guide's recommendation for its use (no offload, offload, 405B, multi-user serving of a 70B-class model from 8 users as the guide's row says, QLoRA).")]
[Tag("sizing"), Tag("ram")]
[Priority(50)]
[Source(GuideRamTable.Source)]
public sealed class RamBelowRecommendedRule : Rule
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
            .Yield(ctx => Warning(ctx.Rule.Name, build, Shortfall(build, predictions, requirements, knowledge)!));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Warning(string rule, Build build, RamGuideline row) =>
        Finding.Written(build, FindingKind.Warning, rule, (build, row), static s => Text(s.build, s.row));

    private static RamGuideline? Shortfall(Build build, IEnumerable<WorkloadPrediction> predictions, Requirements requirements, Knowledge knowledge) =>
        RamSizing.ForPredictions(build, predictions, requirements, knowledge.Physics).SoftShortfall(build.SystemRamGb);

    private static string Text(Build build, RamGuideline row) => build.SystemRamGb < row.MinimumGb
        ? $"{Figures.MarketedGb(build.SystemRamGb)} of system RAM is below {row.Authority} {Figures.MarketedGb(row.MinimumGb)} minimum ({Figures.MarketedGb(row.RecommendedGb)} recommended) for {row.UseCase}."
        : $"{Figures.MarketedGb(build.SystemRamGb)} of system RAM meets {row.Authority} {Figures.MarketedGb(row.MinimumGb)} minimum but not the {Figures.MarketedGb(row.RecommendedGb)} it recommends for {row.UseCase}.";
}
