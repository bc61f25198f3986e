using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Sizing;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Sizing;

public sealed class WorkloadCannotRunRuleTests
{
    [Fact]
    public void Rejects_WhenTheModelFitsNeitherVramNorRam()
    {
        var build = Tier1();
        var big = Need("llama-3.1-405b", "Q8_0");
        var prediction = Predict(build, big);

        var finding = Fire<WorkloadCannotRunRule>(build, big, prediction).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Violation);
        finding.Text.ShouldBe($"Llama 3.1 405B at Q8_0 cannot run on this build: {prediction.Estimate.Problem}.");
    }

    [Fact]
    public void DoesNotFire_WhenOffloadMakesItRun()
    {
        Fire<WorkloadCannotRunRule>(Scenario(Tier1(), 1, Need("llama-3-70b", "Q4_K_M"))).ShouldBeEmpty();
    }
}
