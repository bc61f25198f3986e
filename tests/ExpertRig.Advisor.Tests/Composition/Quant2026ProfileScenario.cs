namespace ExpertRig.Advisor.Tests.Composition;

/// <summary>A profile that asks for one of 2026's downloads (an Unsloth dynamic mix, NVFP4) by id or name is sized at it.</summary>
public sealed class Quant2026ProfileScenario
{
    [Theory]
    [InlineData("UD-Q4_K_XL", "ud-q4-k-xl")]
    [InlineData("ud-q4-k-xl", "ud-q4-k-xl")]
    [InlineData("UD-Q2_K_XL", "ud-q2-k-xl")]
    public void ADynamicMix_IsTheQuantizationEveryBuildIsPredictedAt(string typed, string id)
    {
        var profile = Advisor.Default.ProfileLoader.Parse(
            $"""
            workloads:
              - model: qwen-3-30b-a3b
                quant: "{typed}"
                context_tokens: 8192
            budget_usd: 4000
            os: linux
            """,
            "profile.yaml");

        var consultation = Consult.Profile(profile);

        consultation.Ranked.ShouldNotBeEmpty();
        var prediction = consultation.PredictionsFor(consultation.Ranked[0].Build).Single();
        prediction.Quant.Id.ShouldBe(id);
        prediction.Estimate.WeightsGb.ShouldBe(prediction.Need.Model.ParamsTotalB * prediction.Quant.BitsPerWeight / 8, 0.05 * prediction.Estimate.WeightsGb);
    }

    [Fact]
    public void Nvfp4_IsAcceptedByName_AndServedByVllm()
    {
        var profile = Advisor.Default.ProfileLoader.Parse(
            """
            workloads:
              - model: llama-3.1-70b
                quant: NVFP4
                context_tokens: 8192
            budget_usd: 20000
            os: linux
            """,
            "profile.yaml");

        profile.Workloads.Single().Quant.ShouldBe("NVFP4");
        var consultation = Consult.Profile(profile);

        consultation.Ranked.ShouldNotBeEmpty();
        var prediction = consultation.PredictionsFor(consultation.Ranked[0].Build).Single();
        prediction.Quant.Id.ShouldBe("nvfp4");
        prediction.Engine.ShouldBe(Domain.Physics.InferenceEngine.Vllm);
    }
}
