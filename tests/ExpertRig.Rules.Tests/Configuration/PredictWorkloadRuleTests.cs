using ExpertRig.Domain.Facts;
using ExpertRig.Rules.Configuration;
using ExpertRig.Rules.Tests.Support;
using static ExpertRig.Rules.Tests.Configuration.ConfigurationFacts;

namespace ExpertRig.Rules.Tests.Configuration;

public sealed class PredictWorkloadRuleTests
{
    [Fact]
    public void Fires_ForEveryBuildAndWorkload()
    {
        var session = RuleTestSession.For<PredictWorkloadRule>(typeof(ChooseSoftwareRule))
            .With(Requirements(), Need(), Need("llama-3-70b", index: 1), Build("tier1-rtx5090"), Build("dgx-spark"))
            .Fire();

        session.Query<WorkloadPrediction>().Count.ShouldBe(4);
    }

    [Fact]
    public void KeepsTheRequestedQuantization()
    {
        var prediction = RuleTestSession.For<PredictWorkloadRule>(typeof(ChooseSoftwareRule))
            .With(Requirements(), Need("llama-3-70b", "Q4_K_M"), Build("dual-rtx3090-nvlink")).Fire()
            .Query<WorkloadPrediction>().Single();

        prediction.Quant.Name.ShouldBe("Q4_K_M");
        prediction.Estimate.Fits.ShouldBeTrue();
    }

    [Fact]
    public void ChoosesTheBestQualityThatFits_WhenNoQuantizationIsGiven()
    {
        var prediction = RuleTestSession.For<PredictWorkloadRule>(typeof(ChooseSoftwareRule))
            .With(Requirements(), Need("qwen-2.5-32b", quant: null), Build("tier1-rtx5090")).Fire()
            .Query<WorkloadPrediction>().Single();

        prediction.Estimate.Fits.ShouldBeTrue();
        prediction.Quant.BitsPerWeight.ShouldBeGreaterThanOrEqualTo(4.8);
        prediction.Quant.BitsPerWeight.ShouldBeLessThan(8.5);
    }

    [Fact]
    public void DoesNotFire_BeforeTheSoftwareIsChosen() =>
        RuleTestSession.For<PredictWorkloadRule>().With(Requirements(), Need(), Build("tier1-rtx5090")).Fire()
            .Query<WorkloadPrediction>().ShouldBeEmpty();
}
