using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Rules.Configuration;
using ExpertRig.Rules.Sizing;
using ExpertRig.Rules.Tests.Support;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Sizing;

/// <summary>
/// The configurator sizes RAM and the RAM rules check it with one reading of the guide's table
/// (<see cref="GuideRamTable"/>): a build the configurator sizes never fails the rules where its platform takes the RAM.
/// </summary>
public sealed class RamTableAgreementTests
{
    /// <summary>For each row of the guide's table, a profile that calls for it and a platform that takes its recommendation.</summary>
    public static TheoryData<int, string, string, string, int, bool> TableRows => new()
    {
        { 0, "tier1-rtx5090", "qwen-2.5-32b", "Q4_K_M", 1, false },       // single GPU, no offloading (above the small-model row's 15B)
        { 1, "tier1-rtx5090", "llama-3-70b", "Q4_K_M", 1, false },        // 70B with partial CPU offloading
        { 2, "tier3-quad-l40s", "deepseek-r1-671b", "Q4_K_M", 1, false }, // 405B class, mostly offloaded
        { 3, "tier3-quad-l40s", "llama-3-70b", "Q4_K_M", 8, false },      // multi-user serving, 8 users
        { 4, "tier3-quad-l40s", "llama-3-70b", "Q4_K_M", 1, true },       // QLoRA fine-tuning of a 70B model
    };

    [Theory]
    [MemberData(nameof(TableRows))]
    public void AConfiguredBuild_MeetsTheRowTheRulesApply(int row, string archetype, string model, string quant, int users, bool fineTuning)
    {
        var (build, configured, checkedRam, findings) = ConfigureAndCheck(archetype, users, fineTuning, Need(model, quant));

        configured.Rows.ShouldContain(GuideRamTable.Rows[row]);
        checkedRam.Rows.ShouldContain(GuideRamTable.Rows[row]);
        build.SystemRamGb.ShouldBeGreaterThanOrEqualTo(configured.RecommendedGb);
        findings.ShouldBeEmpty();
    }

    [Fact]
    public void ASmallModelInGpuMemory_IsSizedAndCheckedByTheSmallModelRow()
    {
        var (build, configured, checkedRam, findings) = ConfigureAndCheck("tier1-rtx5090", 1, false, Need("llama-3-8b", "Q4_K_M"));

        configured.Rows.ShouldBe([GuideRamTable.SmallModelOnGpu]);
        checkedRam.Rows.ShouldBe([GuideRamTable.SmallModelOnGpu]);
        build.SystemRamGb.ShouldBeGreaterThanOrEqualTo(configured.RecommendedGb); // the template keeps its 128 GB kit
        findings.ShouldBeEmpty();
    }

    [Fact]
    public void EveryDiscreteArchetype_PassesTheRamRules_WhereItsPlatformTakesWhatTheConfiguratorAsks()
    {
        var archetypes = ArchetypeLoader.LoadDefault().Where(a => a.Gpu is not null).Select(a => a.Id);
        var profiles = new (int Users, bool FineTuning, WorkloadNeed[] Needs)[]
        {
            (1, false, [Need("qwen-2.5-32b", "Q4_K_M"), Need("llama-3-8b", "Q8_0", index: 1)]),
            (1, false, [Need("llama-3-70b", "Q4_K_M")]),
            (1, false, [Need("llama-3-70b", "Q8_0", contextTokens: 32768)]),
            (1, false, [Need("qwen-2.5-32b", "F16")]),
            (1, false, [Need("llama-3.1-405b", "Q4_K_M")]),
            (4, false, [Need("llama-3-70b", "Q4_K_M")]),
            (8, false, [Need("qwen-2.5-72b", "Q4_K_M")]),
            (15, true, [Need("llama-3-70b", "F16"), Need("llama-3.1-405b", "Q4_K_M", index: 1)]),
            (1, false, [Need("llama-3-70b")]),
            (1, false, [Need("llama-3.1-405b")]),
            (1, false, [Need("deepseek-r1-671b")]),
            (8, false, [Need("qwen-2.5-72b"), Need("mixtral-8x7b", index: 1)]),
        };

        var disagreements = new List<string>();
        foreach (var archetype in archetypes)
        {
            foreach (var (users, fineTuning, needs) in profiles)
            {
                var (build, configured, _, findings) = ConfigureAndCheck(archetype, users, fineTuning, needs);
                var belowMinimum = findings.Where(f => f.Rule == "ram-below-minimum").ToList();
                if ((build.SystemRamGb >= configured.MinimumGb && belowMinimum.Count > 0)
                    || (build.SystemRamGb >= configured.RecommendedGb && findings.Count > 0))
                {
                    disagreements.Add($"{archetype} ({string.Join(", ", needs.Select(n => n.Model.Id))}, {users} users): configured {build.SystemRamGb} GB for {configured}; {string.Join(" ", findings.Select(f => f.Text))}");
                }
            }
        }

        disagreements.ShouldBeEmpty();
    }

    private static (Build Build, RamRequirement Configured, RamRequirement Checked, IReadOnlyList<Finding> Findings) ConfigureAndCheck(
        string archetypeId, int users, bool fineTuning, params WorkloadNeed[] needs)
    {
        var requirements = Requirements(users: users, fineTuning: fineTuning);
        var session = RuleTestSession
            .For<RamBelowMinimumRule>(typeof(RamBelowRecommendedRule), typeof(ConfigureBuildRule), typeof(ChooseSoftwareRule), typeof(PredictWorkloadRule))
            .With([ArchetypeLoader.LoadDefault().Single(a => a.Id == archetypeId), requirements, .. needs])
            .Fire();
        var build = session.Query<Build>().Single();
        var configured = RamSizing.ForConfiguration(build.Gpu!, build.GpuCount, requirements, needs, TestKnowledge.Instance);
        var checkedRam = RamSizing.ForPredictions(build, session.Query<WorkloadPrediction>(), requirements, TestKnowledge.Instance.Physics);
        return (build, configured, checkedRam, session.Findings);
    }
}
