using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using ExpertRig.Rules.Framework;

namespace ExpertRig.Rules.Sizing;

/// <summary>Rejects a build that cannot run a workload at all.</summary>
[Name("workload-cannot-run")]
[Description("Rejects a build on which a workload cannot run at all: it neither fits in accelerator memory nor can be offloaded.")]
[Tag("sizing"), Tag("offload")]
[Priority(50)]
[Source("physics: memory placement (MemoryPlanner) of weights, KV cache and runtime overhead on the accelerators and system RAM")]
public sealed class WorkloadCannotRunRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Build build = default!;
        WorkloadPrediction prediction = default!;

        When()
            .Match(() => build)
            .Match(() => prediction, p => ReferenceEquals(p.Build, build), p => !p.Estimate.Runs);
        Then()
            .Yield(ctx => Violation(ctx.Rule.Name, build, prediction));
    }

    // The sentence is written when first read (Finding.Written): a consultation that ranks reads few of them.
    private static Finding Violation(string rule, Build build, WorkloadPrediction prediction) =>
        Finding.Written(build, FindingKind.Violation, rule, prediction, static p =>
            $"{p.Need.Model.Name} at {p.Quant.Name} cannot run on this build: {p.Estimate.Problem ?? "it does not fit"}.");
}
