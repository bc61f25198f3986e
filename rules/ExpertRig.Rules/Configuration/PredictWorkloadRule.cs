using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;

namespace ExpertRig.Rules.Configuration;

[Name("predict-workload")]
[Description("Each workload is sized and timed on each build by the physics model: memory fit per device, decode speed bound by memory bandwidth, prompt speed bound by compute; the quantization is the one requested, or the best quality that fits and meets the speed need; workloads kept loaded together (run_together) get quantizations chosen together so that all of them fit at once.")]
[Tag("configuration"), Tag("sizing"), Tag("physics")]
[Priority(80)]
[Source("physics: docs/performance-model.md (bandwidth-bound decode, compute-bound prefill, KV cache, offload)")]
public sealed class PredictWorkloadRule : Rule
{
    public override void Define()
    {
        Build build = default!;
        SoftwareChoice software = default!;
        WorkloadNeed need = default!;
        Requirements requirements = default!;
        Knowledge knowledge = default!;
        IEnumerable<WorkloadNeed> needs = default!;
        When()
            .Match(() => build)
            .Match(() => software, s => ReferenceEquals(s.Build, build))
            .Match(() => need)
            .Match(() => requirements)
            .Match(() => knowledge)
            .Query(() => needs, q => q.Match<WorkloadNeed>().Collect());
        Then().Yield(_ => Predictions.For(build, software, need, needs as IReadOnlyList<WorkloadNeed> ?? needs.ToList(), requirements, knowledge));
    }
}
