using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Advice;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Advice;

public sealed class ExLlamaV2LaunchRuleTests
{
    [Fact]
    public void Gives_TheExl2Flags_WhenTheModelFits()
    {
        var build = Tier2();
        var seventy = Need("llama-3-70b", "exl2-4.25");

        var finding = Fire<ExLlamaV2LaunchRule>(build, seventy, Predict(build, seventy, engine: InferenceEngine.ExLlamaV2), Software(build, InferenceEngine.ExLlamaV2)).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Note);
        finding.Text.ShouldContain("`-m llama-3-70b-exl2-4.25bpw -gs auto -l 8192`");
    }

    [Fact]
    public void DoesNotFire_WhenTheModelDoesNotFitInVram()
    {
        var build = Tier1();
        var seventy = Need("llama-3-70b", "exl2-4.25");
        var prediction = Predict(build, seventy, engine: InferenceEngine.ExLlamaV2);

        prediction.Estimate.Fits.ShouldBeFalse();
        Fire<ExLlamaV2LaunchRule>(build, seventy, prediction, Software(build, InferenceEngine.ExLlamaV2)).ShouldBeEmpty();
    }
}
