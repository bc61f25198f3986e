using CsCheck;
using ExpertRig.Domain.Facts;
using ExpertRig.Rules.Sizing;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Sizing;

public sealed class GuideRamTableTests
{
    private static readonly string[] Models = ["qwen-2.5-32b", "llama-3-70b", "llama-3.1-405b"];

    private static readonly Gen<(double Ram, int Users, bool FineTuning, string Model)> Cases =
        Gen.Select(Gen.OneOf(16.0, 32.0, 48.0, 64.0, 96.0, 128.0, 192.0, 256.0, 384.0, 512.0, 768.0), Gen.Int[1, 10], Gen.Bool, Gen.OneOf(Models));

    [Fact]
    public void HardAndSoftShortfalls_AreExclusive_AndNoShortfallMeansEveryRecommendationIsMet() =>
        Cases.Sample(c =>
        {
            var (build, predictions, requirements) = Arrange(c.Ram, c.Users, c.FineTuning, c.Model);
            var hard = GuideRamTable.HardShortfall(build, predictions, requirements);
            var soft = GuideRamTable.SoftShortfall(build, predictions, requirements);
            var rows = GuideRamTable.Applicable(build, predictions, requirements);
            return (hard is null || soft is null)
                && (hard is not null || soft is not null || rows.All(row => build.SystemRamGb >= row.RecommendedGb))
                && (hard is null || (hard.Hard && build.SystemRamGb < hard.MinimumGb));
        });

    [Fact]
    public void MoreRam_NeverAddsAHardShortfall() =>
        Cases.Sample(c =>
        {
            var (small, smallPredictions, requirements) = Arrange(c.Ram, c.Users, c.FineTuning, c.Model);
            var (large, largePredictions, _) = Arrange(c.Ram * 2, c.Users, c.FineTuning, c.Model);
            return GuideRamTable.HardShortfall(small, smallPredictions, requirements) is not null
                || GuideRamTable.HardShortfall(large, largePredictions, requirements) is null;
        });

    [Fact]
    public void UnifiedMemory_IsOutsideTheTable()
    {
        var build = Unified("mac-studio-m3-ultra-256gb", "mac-studio");

        GuideRamTable.Applicable(build, [Predict(build, Need("llama-3-70b", "Q8_0"))], Requirements(fineTuning: true, users: 8)).ShouldBeEmpty();
    }

    private static (Domain.Builds.Build Build, WorkloadPrediction[] Predictions, Requirements Requirements) Arrange(double ram, int users, bool fineTuning, string model)
    {
        var build = WithRam(Tier1(), ram);
        return (build, [Predict(build, Need(model, "Q4_K_M"), users: users)], Requirements(users: users, fineTuning: fineTuning));
    }
}
