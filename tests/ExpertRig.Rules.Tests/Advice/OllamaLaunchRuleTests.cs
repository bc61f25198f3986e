using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Advice;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Advice;

public sealed class OllamaLaunchRuleTests
{
    [Fact]
    public void Gives_TheModelfileParameters()
    {
        var build = Tier1();
        var qwen = Need("qwen-2.5-32b", "Q4_K_M");

        var finding = Fire<OllamaLaunchRule>(build, qwen, Predict(build, qwen, users: 2, engine: InferenceEngine.Ollama), Requirements(users: 2), Software(build, InferenceEngine.Ollama)).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Note);
        finding.Text.ShouldContain("`PARAMETER num_gpu 65`");
        finding.Text.ShouldContain("`PARAMETER num_ctx 8192`");
        finding.Text.ShouldContain("OLLAMA_NUM_PARALLEL=2");
    }

    [Fact]
    public void DoesNotFire_WhenLlamaCppWasChosen()
    {
        var build = Tier1();

        Fire<OllamaLaunchRule>(Scenario(build, 1, Need("qwen-2.5-32b", "Q4_K_M")), Requirements(), Software(build, InferenceEngine.LlamaCpp)).ShouldBeEmpty();
    }
}
