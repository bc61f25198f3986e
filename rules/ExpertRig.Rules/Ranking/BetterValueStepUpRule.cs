using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;

namespace ExpertRig.Rules.Ranking;

[Name("better-value-step-up")]
[Description("When a dearer feasible build runs the main workload at least 10% faster, at as many bits, for fewer dollars per token per second than the recommended build, the recommended build's upgrade path says what the extra money buys; the ranking is unchanged.")]
[Tag("ranking"), Tag("upgrade")]
[Priority(0)]
[Source("issue 12 § Ranking that a buyer would sign (the DeepSeek R1 buyer's used RTX 3060 at #1, the used RTX 3090 $550 dearer and 19% faster); docs/configurator.md § Ranking")]
public sealed class BetterValueStepUpRule : Rule
{
    public override void Define()
    {
        Domain.Facts.Ranking ranking = default!;
        IEnumerable<WorkloadPrediction> predictions = default!;
        When()
            .Match(() => ranking, r => r.Builds.Count > 1)
            .Query(() => predictions, q => q.Match<WorkloadPrediction>().Collect().Where(c => BetterValueStep.Find(ranking, c) != null));
        Then().Yield(ctx => Note(ctx.Rule.Name, BetterValueStep.Find(ranking, predictions)!));
    }

    private static Finding Note(string rule, BetterValueStep step) => new(step.Top.Build, FindingKind.Note, rule, step.Text);
}
