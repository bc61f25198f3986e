using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Rules.Configuration;
using ExpertRig.Rules.Sizing;
using ExpertRig.Rules.Tests.Support;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Sizing;

public sealed class QuantizationsChosenTogetherRuleTests
{
    [Fact]
    public void Notes_AWorkloadSteppedDownToShareTheMemory_WithBothQuantizations()
    {
        var build = Tier1();
        var need = Need("llama-3-8b");
        var prediction = Predict(build, need, "Q4_K_M") with { AloneQuant = TestKnowledge.Instance.Catalog.Quantizations.Find("Q8_0") };

        var finding = Fire<QuantizationsChosenTogetherRule>(build, need, prediction).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Note);
        finding.Text.ShouldStartWith("Llama 3 8B runs at Q4_K_M, not the Q8_0 it would get alone");
        finding.Text.ShouldContain("set run_together: false");
    }

    [Fact]
    public void DoesNotFire_ForAWorkloadAtItsOwnChoice()
    {
        var build = Tier1();
        var need = Need("llama-3-8b");

        Fire<QuantizationsChosenTogetherRule>(build, need, Predict(build, need, "Q8_0")).ShouldBeEmpty();
    }

    [Fact]
    public void ThePredictions_OfTwoOpenWorkloadsThatFitOnlyAlone_AreChosenToFitTogether()
    {
        var build = Tier1();
        var session = RuleTestSession.For<PredictWorkloadRule>(typeof(ChooseSoftwareRule), typeof(QuantizationsChosenTogetherRule))
            .With(Configuration.ConfigurationFacts.Requirements(), Need("llama-3-8b"), Need("qwen-2.5-14b", index: 1), build)
            .Fire();

        var predictions = session.Query<WorkloadPrediction>();
        predictions.Count.ShouldBe(2);
        predictions.ShouldAllBe(p => p.Estimate.Fits);
        AcceleratorMemory.TogetherGb(predictions).ShouldBeLessThanOrEqualTo(AcceleratorMemory.UsableGb(build, TestKnowledge.Instance.Physics));
        predictions.ShouldContain(p => p.AloneQuant != null);
        session.Findings.ShouldContain(f => f.Rule == "quantizations-chosen-together");
    }
}
