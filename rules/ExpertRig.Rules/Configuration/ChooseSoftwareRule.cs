using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine.Dsl;

namespace ExpertRig.Rules.Configuration;

[Name("choose-software-stack")]
[Description("The inference engine follows the hardware and the number of users: llama.cpp for one or two users and any platform, vLLM for several users on NVIDIA GPUs.")]
[Tag("configuration"), Tag("software")]
[Priority(90)]
[Source("guide § 'Software Stack: Maximizing Your Hardware's Potential' (llama.cpp, Ollama, ExLlamaV2, vLLM)")]
public sealed class ChooseSoftwareRule : Rule
{
    public override void Define()
    {
        Build build = default!;
        Requirements requirements = default!;
        When()
            .Match(() => build)
            .Match(() => requirements);
        Then().Yield(_ => SoftwareSelection.For(build, requirements));
    }
}
