using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;
using ExpertRig.Domain.Predictions;

namespace ExpertRig.Rules.Configuration;

[Name("choose-software-stack")]
[Description("One inference engine serves every workload of a build, following the hardware, the number of users and the first priority: vLLM for three or more users on NVIDIA GPUs, ExLlamaV2 or Ollama when speed or simplicity comes first, llama.cpp otherwise and whenever the preferred engine cannot run every workload as sized; the predictions and the launch lines use that engine.")]
[Tag("configuration"), Tag("software")]
[Priority(90)]
[Source("guide § 'Software Stack: Maximizing Your Hardware's Potential' (llama.cpp, Ollama, ExLlamaV2, vLLM)")]
public sealed class ChooseSoftwareRule : Rule
{
    public override void Define()
    {
        Build build = default!;
        Requirements requirements = default!;
        Knowledge knowledge = default!;
        IEnumerable<WorkloadNeed> needs = default!;
        When()
            .Match(() => build)
            .Match(() => requirements)
            .Match(() => knowledge)
            .Query(() => needs, q => q.Match<WorkloadNeed>().Collect());
        Then().Yield(_ => SoftwareSelection.For(build, requirements, needs as IReadOnlyList<WorkloadNeed> ?? needs.ToList(), knowledge));
    }
}
