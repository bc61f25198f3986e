using ExpertRig.Testing;

namespace ExpertRig.Advisor.Tests.Composition;

/// <summary>A profile whose workload names its model by <c>model_file:</c> is consulted like a catalog model.</summary>
public sealed class ModelFileProfileScenario : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("expertrig-model-file-advisor-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void ModelFromItsConfig_IsSizedAndPredicted_AndGetsTheBudgetBuild()
    {
        Directory.CreateDirectory(Path.Combine(folder, "Qwen3-8B"));
        File.Copy(Repository.Path("rules", "catalog", "models", "qwen-3-8b.config.json"), Path.Combine(folder, "Qwen3-8B", "config.json"));
        var path = Path.Combine(folder, "profile.yaml");
        File.WriteAllText(path, """
            workloads:
              - model_file: Qwen3-8B/config.json
                context_tokens: 8192
                min_tokens_per_s: 20
            budget_usd: 1200
            os: linux
            accept_used: true
            priorities: [cost]
            """);

        var consultation = Consult.Profile(Advisor.Default.ProfileLoader.Load(path));

        consultation.Ranked.ShouldNotBeEmpty();
        var top = consultation.Ranked[0].Build;
        top.TotalPriceUsd.ShouldBeLessThanOrEqualTo(1200);
        var prediction = consultation.PredictionsFor(top).Single();
        prediction.Need.Model.Id.ShouldBe("qwen3-8b");
        prediction.DecodePerUser.ShouldBeGreaterThanOrEqualTo(20);
    }
}
