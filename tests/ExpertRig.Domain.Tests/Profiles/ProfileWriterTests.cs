using CsCheck;
using ExpertRig.Domain.Profiles;

namespace ExpertRig.Domain.Tests.Profiles;

public sealed class ProfileWriterTests
{
    private static readonly string[] Models = FakeProfileVocabulary.Instance.ModelIds.ToArray();
    private static readonly string?[] Quants = [null, .. FakeProfileVocabulary.Instance.QuantIds];

    private static readonly Gen<Workload> GenWorkload =
        from model in Gen.OneOf(Models)
        from quant in Gen.OneOf(Quants)
        from context in Gen.Int[ProfileLimits.MinContextTokens, FakeProfileVocabulary.Instance.MaxContext(model)!.Value]
        from speed in Gen.Double[0.001, ProfileLimits.MaxMinTokensPerSecond].Nullable()
        select new Workload(model, quant, context, speed);

    private static readonly Gen<Profile> GenProfile =
        from workloads in GenWorkload.Array[ProfileLimits.MinWorkloads, ProfileLimits.MaxWorkloads]
        from budget in Gen.Double[0.01, ProfileLimits.MaxBudgetUsd]
        from users in Gen.Int[ProfileLimits.MinConcurrentUsers, ProfileLimits.MaxConcurrentUsers]
        from os in Gen.Enum<OperatingSystemChoice>()
        from privacy in Gen.Enum<Privacy>()
        from circuit in Gen.Enum<Circuit>()
        from price in Gen.Double[0, ProfileLimits.MaxElectricityUsdPerKwh]
        from hours in Gen.Double[0, ProfileLimits.MaxHoursPerDay]
        from powerLimit in Gen.Int[Domain.Builds.GpuPowerLimit.MinPercent, Domain.Builds.GpuPowerLimit.MaxPercent]
        from flags in Gen.Bool.Array[4]
        from priorities in Gen.Enum<Priority>().ArrayUnique[0, 5]
        select new Profile
        {
            Workloads = workloads,
            BudgetUsd = budget,
            ConcurrentUsers = users,
            Os = os,
            Privacy = privacy,
            AcceptUsed = flags[0],
            Circuit = circuit,
            ElectricityUsdPerKwh = price,
            HoursPerDay = hours,
            GpuPowerLimitPercent = powerLimit,
            FineTuning = flags[1],
            OtherGpuWorkloads = flags[2],
            EccRequired = flags[3],
            Priorities = priorities,
        };

    [Fact]
    public void Returns_EqualProfile_AfterWriteAndParse()
    {
        GenProfile.Sample(
            profile => ProfileTestText.Parse(ProfileWriter.ToYaml(profile)).ShouldBe(profile),
            iter: 2000,
            print: ProfileWriter.ToYaml);
    }

    [Fact]
    public void Writes_EveryKey_InSchemaOrder()
    {
        var yaml = ProfileWriter.ToYaml(ProfileTestText.Parse(ProfileTestText.Full));

        yaml.ShouldBe("""
            # ExpertRig profile: the schema and every default are described in docs/profile.md
            workloads:
              - model: llama-3-70b
                quant: Q4_K_M
                context_tokens: 4096
                min_tokens_per_s: 20
              - model: qwen-2.5-32b
                quant: Q8_0
                context_tokens: 32768
            concurrent_users: 4
            budget_usd: 15000
            os: linux
            privacy: air-gapped
            accept_used: true
            circuit: 20a-240v
            electricity_usd_per_kwh: 0.31
            hours_per_day: 12.5
            gpu_power_limit_percent: 70
            fine_tuning: true
            other_gpu_workloads: true
            ecc_required: true
            priorities: [quiet, speed]

            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Writes_Defaults_Explicitly()
    {
        var yaml = ProfileWriter.ToYaml(ProfileTestText.Parse(ProfileTestText.Minimal));

        yaml.ShouldContain("context_tokens: 8192\n");
        yaml.ShouldContain("os: any\n");
        yaml.ShouldContain("circuit: 15a-120v\n");
        yaml.ShouldContain("electricity_usd_per_kwh: 0.15\n");
        yaml.ShouldContain("priorities: []\n");
        yaml.ShouldNotContain("quant:");
    }

    [Fact]
    public void Returns_SameText_ForIdsThatNeedQuoting()
    {
        var gen = Gen.Char["abz09:#'\"\\ -_.[]{}&*!|>%@`,?é中\t\n\u0001"].Array[1, 20]
            .Select(chars => new string(chars))
            .Where(id => id.Trim() == id);

        gen.Sample(id =>
        {
            var loader = new ProfileLoader(new SingleModelVocabulary(id));
            var profile = new Profile { Workloads = [new Workload(id, ContextTokens: 4096)], BudgetUsd = 1 };

            loader.Parse(ProfileWriter.ToYaml(profile), "quoted.yaml").ShouldBe(profile);
        }, iter: 2000);
    }

    private sealed class SingleModelVocabulary(string modelId) : IProfileVocabulary
    {
        public IReadOnlyCollection<string> ModelIds { get; } = [modelId];

        public IReadOnlyCollection<string> QuantIds { get; } = [];

        public int? MaxContext(string id) => null;
    }
}
