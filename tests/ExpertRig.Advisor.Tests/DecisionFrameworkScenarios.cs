using ExpertRig.Domain.Profiles;

namespace ExpertRig.Advisor.Tests;

/// <summary>
/// Whole profiles walked through the knowledge base, one per bullet group of the guide's decision framework
/// ("Choose Tier 1 if …", "Choose 2× RTX 3090 NVLink if …", Tier 2, Tier 3, "Consider DGX Spark / Apple instead if …").
/// </summary>
public sealed class DecisionFrameworkScenarios
{
    [Fact]
    public void Tier1_ModelsUpTo34B_SingleUser_UnderEightThousand_OtherGpuWork()
    {
        var consultation = Consult.Profile(new Profile
        {
            Workloads = [new Workload("qwen-2.5-32b", "Q4_K_M", MinTokensPerSecond: 30), new Workload("qwen-2.5-coder-7b")],
            BudgetUsd = 8000,
            OtherGpuWorkloads = true,
            Priorities = [Priority.Speed],
        });

        // The top build is the guide's card; a composed one on a cheaper platform may lead the guide's own build.
        (consultation.Ranked[0].Build.Gpu?.Id, consultation.Ranked[0].Build.GpuCount).ShouldBe(("rtx-5090", 1));
        consultation.RankedArchetypes().ShouldContain("tier1-rtx5090");
        consultation.Endorsements("tier1-rtx5090").ShouldContain("tier1-primary-models-up-to-34b");
        consultation.Endorsements("tier1-rtx5090").ShouldContain("tier1-single-user");
        consultation.Endorsements("tier1-rtx5090").ShouldContain("tier1-budget-ceiling");
        consultation.Endorsements("tier1-rtx5090").ShouldContain("tier1-other-gpu-workloads");
    }

    [Fact]
    public void DualRtx3090_70BAtQ4_UnderThreeThousandForGpus_UsedAccepted()
    {
        var consultation = Consult.Profile(new Profile
        {
            Workloads = [new Workload("llama-3-70b", "Q4_K_M", MinTokensPerSecond: 12)],
            BudgetUsd = 5000,
            AcceptUsed = true,
            Priorities = [Priority.Cost],
        });

        (consultation.Ranked[0].Build.Gpu?.Id, consultation.Ranked[0].Build.GpuCount).ShouldBe(("rtx-3090", 2));
        consultation.RankedArchetypes().ShouldContain("dual-rtx3090-nvlink");
        consultation.Endorsements("dual-rtx3090-nvlink").ShouldContain("dual-rtx3090-70b-at-q4");
        consultation.Endorsements("dual-rtx3090-nvlink").ShouldContain("dual-rtx3090-used-hardware");
    }

    [Fact]
    public void DualRtx3090_IsRejected_WhenUsedHardwareIsNotAccepted()
    {
        var consultation = Consult.Profile(new Profile
        {
            Workloads = [new Workload("llama-3-70b", "Q4_K_M")],
            BudgetUsd = 5000,
        });

        consultation.RankedArchetypes().ShouldNotContain("dual-rtx3090-nvlink");
        consultation.Violations("dual-rtx3090-nvlink").ShouldContain("used-gpus-need-consent");
    }

    [Fact]
    public void Tier2_70BWithoutOffload_SeveralUsers_Private_FifteenThousand()
    {
        var consultation = Consult.Profile(new Profile
        {
            Workloads = [new Workload("llama-3-70b", "Q4_K_M", ContextTokens: 8192, MinTokensPerSecond: 10)],
            ConcurrentUsers = 4,
            BudgetUsd = 16000,
            Privacy = Privacy.AirGapped,
            Circuit = Circuit.Amps20Volts240,
        });

        consultation.RankedArchetypes().ShouldContain("tier2-dual-rtx5090");
        consultation.Endorsements("tier2-dual-rtx5090").ShouldContain("tier2-70b-without-offload");
    }

    [Fact]
    public void Tier3_70BAtFp16_ManyUsers_Ecc_InstitutionalBudget()
    {
        var consultation = Consult.Profile(new Profile
        {
            Workloads = [new Workload("llama-3-70b", "F16", ContextTokens: 4096)],
            ConcurrentUsers = 12,
            BudgetUsd = 50000,
            EccRequired = true,
            Circuit = Circuit.Amps30Volts240,
        });

        consultation.RankedArchetypes().ShouldContain("tier3-quad-l40s");
        consultation.Endorsements("tier3-quad-l40s").ShouldNotBeEmpty();
    }

    [Fact]
    public void DgxSpark_LargeModelsSlowlyIsFine_SimplicityAndQuiet()
    {
        var consultation = Consult.Profile(new Profile
        {
            Workloads = [new Workload("llama-3-70b", "Q4_K_M", MinTokensPerSecond: 3)],
            BudgetUsd = 5000,
            Os = OperatingSystemChoice.Linux,
            Priorities = [Priority.Simplicity, Priority.Quiet],
        });

        consultation.RankedArchetypes().ShouldContain("dgx-spark");
        consultation.Endorsements("dgx-spark").ShouldNotBeEmpty();
    }

    [Fact]
    public void Apple_MacOs_OnlyMacsAreFeasible()
    {
        var consultation = Consult.Profile(new Profile
        {
            Workloads = [new Workload("llama-3-70b", "Q8_0")],
            BudgetUsd = 10000,
            Os = OperatingSystemChoice.MacOS,
            Priorities = [Priority.Quiet, Priority.Power],
        });

        consultation.RankedArchetypes().ShouldNotBeEmpty();
        consultation.RankedArchetypes().ShouldAllBe(a => a.StartsWith("mac-"));
        consultation.Violations("tier1-rtx5090").ShouldContain("macos-means-a-mac");
    }

    [Fact]
    public void NothingFeasible_IsAValidAnswer_ThatSaysWhyAndWhatItWouldCost()
    {
        var consultation = Consult.Profile(new Profile
        {
            Workloads = [new Workload("llama-3-70b", "Q4_K_M", MinTokensPerSecond: 10)],
            BudgetUsd = 2000,
        });

        consultation.Ranked.ShouldBeEmpty();
        var answer = consultation.FindingsFor(null).Single(f => f.Rule == "no-feasible-build").Text;
        answer.ShouldContain("No build meets every need");
        answer.ShouldContain("cheapest build that meets every need but the budget");
    }
}
