using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;
using ExpertRig.Rules.Configuration;
using ExpertRig.Rules.Sizing;
using ExpertRig.Rules.Tests.Support;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Sizing;

/// <summary>
/// <see cref="RamSizing.ForPredictions"/> keeps its last answer per build (the two RAM rules ask it several times per
/// set of predictions): whatever was asked before, it answers as the guide's table applied afresh to the build's own
/// predictions, and a question asked twice in a row is answered by the same requirement.
/// </summary>
public sealed class RamSizingForPredictionsTests
{
    public static TheoryData<string, int, bool> Builds => new()
    {
        { "tier1-rtx5090", 1, false },
        { "tier2-dual-rtx5090", 1, false },
        { "tier3-quad-l40s", 8, false },
        { "tier3-quad-l40s", 1, true },
    };

    [Theory]
    [MemberData(nameof(Builds))]
    public void AnswersAsTheTableAppliedAfresh_WhateverWasAskedBefore(string archetypeId, int users, bool fineTuning)
    {
        var (build, predictions, requirements) = Predict(archetypeId, users, fineTuning);
        var other = Requirements(users: users + 7, fineTuning: !fineTuning);
        var physics = TestKnowledge.Instance.Physics;
        predictions.Count.ShouldBe(2);

        // Each question differs from the one before it in one input the answer reads (or is the same question again).
        IReadOnlyList<(IReadOnlyList<WorkloadPrediction> Predictions, Requirements Requirements)> questions =
        [
            (predictions, requirements),
            (predictions, requirements),
            ([predictions[0]], requirements),
            ([predictions[1]], requirements),
            ([.. predictions.AsEnumerable().Reverse()], requirements),
            ([], requirements),
            (predictions, other),
            (predictions, requirements),
            ([predictions[0], predictions[1], predictions[0]], requirements),
        ];
        foreach (var (asked, askedRequirements) in questions)
        {
            Figures(RamSizing.ForPredictions(build, asked, askedRequirements, physics))
                .ShouldBe(Figures(Afresh(build, asked, askedRequirements, physics)), $"{asked.Count} predictions, {askedRequirements.Users} users");
        }
    }

    [Fact]
    public void AQuestionAskedTwiceInARow_IsSizedOnce()
    {
        var (build, predictions, requirements) = Predict("tier2-dual-rtx5090", 1, false);
        var physics = TestKnowledge.Instance.Physics;

        var first = RamSizing.ForPredictions(build, predictions, requirements, physics);
        var second = RamSizing.ForPredictions(build, [.. predictions], requirements, physics);

        second.ShouldBeSameAs(first);
    }

    // A requirement's figures and rows (the record holds its rows as a list, which compares by reference).
    private static string Figures(RamRequirement ram) =>
        $"{ram.MinimumGb}/{ram.RecommendedGb}/{ram.OffloadGb}: {string.Join("; ", ram.Rows)}";

    // The formula as it was written before the answer was kept (RamSizing at 7c1d6c8).
    private static RamRequirement Afresh(Build build, IEnumerable<WorkloadPrediction> predictions, Requirements requirements, PhysicsConstants physics)
    {
        var loads = predictions
            .Where(p => ReferenceEquals(p.Build, build))
            .Select(p => new RamLoad(p.Need.Model, p.Estimate.OffloadedLayers > 0 || p.Estimate.Experts is not null ? p.Estimate.SystemRamUsedGb : 0))
            .ToList();
        return GuideRamTable.Apply(loads, requirements.Users, requirements.Profile.FineTuning, physics.Memory.SystemRamReservedGb, (build.Gpu?.VramGb ?? 0) * build.GpuCount);
    }

    // One build's predictions of a 70B model (offloaded on the smaller builds) and an 8B one, which ask for different rows.
    private static (Build Build, IReadOnlyList<WorkloadPrediction> Predictions, Requirements Requirements) Predict(string archetypeId, int users, bool fineTuning)
    {
        var requirements = Requirements(users: users, fineTuning: fineTuning);
        var session = RuleTestSession
            .For<RamBelowMinimumRule>(typeof(RamBelowRecommendedRule), typeof(ConfigureBuildRule), typeof(ChooseSoftwareRule), typeof(PredictWorkloadRule))
            .With([ArchetypeLoader.LoadDefault().Single(a => a.Id == archetypeId), requirements, Need("llama-3-70b", "Q8_0"), Need("llama-3-8b", "Q4_K_M", index: 1)])
            .Fire();
        var build = session.Query<Build>().Single();
        return (build, [.. session.Query<WorkloadPrediction>().OrderBy(p => p.Need.Index)], requirements);
    }
}
