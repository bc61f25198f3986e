using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;

namespace ExpertRig.Rules.Sizing;

/// <summary>Rejects a build whose workloads each fit in accelerator memory but not all at once, when they stay loaded together.</summary>
[Name("workloads-together-exceed-memory")]
[Description("With run_together (the default) every workload stays loaded at once: a build whose accelerator memory holds each model alone but not all of them together, at any set of the engine's quantizations down to the quality floor (quantizations-chosen-together), is rejected, since one would spill to system RAM and run slower than predicted.")]
[Tag("sizing"), Tag("memory")]
[Priority(50)]
[Source("issue 12 § Models loaded together; physics: memory placement per workload (MemoryPlanner)")]
public sealed class WorkloadsTogetherExceedMemoryRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;
        Requirements requirements = default!;
        Knowledge knowledge = default!;
        IEnumerable<WorkloadPrediction> predictions = default!;
        When()
            .Match(() => requirements, r => r.Profile.RunTogether && r.Profile.Workloads.Count > 1)
            .Match(() => knowledge)
            .Match(() => build)
            .Query(() => predictions, q => q.Match<WorkloadPrediction>(p => ReferenceEquals(p.Build, build)).Collect()
                .Where(c => c.Count() == requirements.Profile.Workloads.Count
                    && AcceleratorMemory.TogetherGb(c) > AcceleratorMemory.UsableGb(build, knowledge.Physics)));
        Then().Yield(ctx => Violation(ctx.Rule.Name, build, knowledge, predictions));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    // The collected predictions are copied: the sentence is written from them as they are now.
    private static Finding Violation(string rule, Build build, Knowledge knowledge, IEnumerable<WorkloadPrediction> predictions) =>
        Finding.Written(build, FindingKind.Violation, rule, (build, knowledge, predictions: predictions.ToArray()), static s => Text(s.build, s.knowledge, s.predictions));

    private static string Text(Build build, Knowledge knowledge, IEnumerable<WorkloadPrediction> predictions) =>
        $"Loaded together the workloads need {Figures.Gb(AcceleratorMemory.TogetherGb(predictions))} of accelerator memory, and no set of the engine's quantizations down to about 4 bits fits them side by side; the build's {Figures.Gb(AcceleratorMemory.UsableGb(build, knowledge.Physics))} hold each alone, not all at once (set run_together: false to load one at a time).";
}
