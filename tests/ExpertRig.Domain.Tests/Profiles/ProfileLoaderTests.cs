using ExpertRig.Domain.Profiles;

namespace ExpertRig.Domain.Tests.Profiles;

public sealed class ProfileLoaderTests
{
    [Fact]
    public void Returns_Defaults_ForOmittedKeys()
    {
        var profile = ProfileTestText.Parse(ProfileTestText.Minimal);

        profile.Workloads.ShouldBe([new Workload("llama-3-70b", null, 8192, null)]);
        profile.BudgetUsd.ShouldBe(15000);
        profile.ConcurrentUsers.ShouldBe(1);
        profile.Os.ShouldBe(OperatingSystemChoice.Any);
        profile.Privacy.ShouldBe(Privacy.Local);
        profile.AcceptUsed.ShouldBeFalse();
        profile.Circuit.ShouldBe(Circuit.Amps15Volts120);
        profile.ElectricityUsdPerKwh.ShouldBe(0.15);
        profile.HoursPerDay.ShouldBe(8);
        profile.FineTuning.ShouldBeFalse();
        profile.OtherGpuWorkloads.ShouldBeFalse();
        profile.EccRequired.ShouldBeFalse();
        profile.Priorities.ShouldBeEmpty();
    }

    [Fact]
    public void Returns_SameProfile_AsObjectInitializerDefaults()
    {
        var parsed = ProfileTestText.Parse(ProfileTestText.Minimal);
        var built = new Profile { Workloads = [new Workload("llama-3-70b")], BudgetUsd = 15000 };

        parsed.ShouldBe(built);
    }

    [Fact]
    public void Returns_EveryValue_ForFullProfile()
    {
        var profile = ProfileTestText.Parse(ProfileTestText.Full);

        profile.Workloads.ShouldBe(
        [
            new Workload("llama-3-70b", "Q4_K_M", 4096, 20),
            new Workload("qwen-2.5-32b", "Q8_0", 32768, null),
        ]);
        profile.ConcurrentUsers.ShouldBe(4);
        profile.Os.ShouldBe(OperatingSystemChoice.Linux);
        profile.Privacy.ShouldBe(Privacy.AirGapped);
        profile.AcceptUsed.ShouldBeTrue();
        profile.Circuit.ShouldBe(Circuit.Amps20Volts240);
        profile.ElectricityUsdPerKwh.ShouldBe(0.31);
        profile.HoursPerDay.ShouldBe(12.5);
        profile.GpuPowerLimitPercent.ShouldBe(70);
        profile.FineTuning.ShouldBeTrue();
        profile.OtherGpuWorkloads.ShouldBeTrue();
        profile.EccRequired.ShouldBeTrue();
        profile.Priorities.ShouldBe([Priority.Quiet, Priority.Speed]);
    }

    [Fact]
    public void Returns_DefaultContext_LoweredToModelMaximum_WhenOmitted()
    {
        var profile = ProfileTestText.Parse("""
            workloads:
              - model: llama-2-7b
            budget_usd: 3000
            """);

        profile.Workloads[0].ContextTokens.ShouldBe(4096);
    }

    [Theory]
    [InlineData("q4_k_m", "Q4_K_M")]
    [InlineData("Q4-K-M", "Q4_K_M")]
    [InlineData(" Q8_0 ", "Q8_0")]
    [InlineData("fp16", "F16")]
    [InlineData("bf16", "BF16")]
    public void Returns_CatalogSpelling_ForQuantTypedLoosely(string typed, string expected)
    {
        var profile = ProfileTestText.Parse($"""
            workloads:
              - model: llama-3-8b
                quant: "{typed}"
            budget_usd: 3000
            """);

        profile.Workloads[0].Quant.ShouldBe(expected);
    }

    [Fact]
    public void Returns_CatalogSpelling_ForModelInOtherCase()
    {
        var profile = ProfileTestText.Parse("""
            workloads:
              - model: Llama-3-70B
            budget_usd: 3000
            """);

        profile.Workloads[0].Model.ShouldBe("llama-3-70b");
    }

    [Theory]
    [InlineData("circuit: 15A/120V", "15a-120v")]
    [InlineData("circuit: 30A-240V", "30a-240v")]
    [InlineData("privacy: Air_Gapped", "air-gapped")]
    [InlineData("os: MacOS", "macos")]
    public void Returns_EnumValue_ForCaseAndSeparatorVariants(string line, string canonical)
    {
        var profile = ProfileTestText.Parse($"{ProfileTestText.Minimal}\n{line}");
        var yaml = ProfileWriter.ToYaml(profile);

        yaml.ShouldContain($": {canonical}\n");
    }

    [Fact]
    public void Returns_OnePriority_ForSingleWord()
    {
        var profile = ProfileTestText.Parse($"{ProfileTestText.Minimal}\npriorities: quiet");

        profile.Priorities.ShouldBe([Priority.Quiet]);
    }

    [Fact]
    public void Returns_Defaults_ForOptionalKeysWithoutValue()
    {
        var profile = ProfileTestText.Parse("""
            workloads:
              - model: llama-3-70b
                quant:
                context_tokens: ~
            budget_usd: 15000
            concurrent_users:
            os: null
            priorities: []
            """);

        profile.ShouldBe(ProfileTestText.Parse(ProfileTestText.Minimal));
    }

    [Fact]
    public void Returns_Profile_ForQuotedNumbersAndUtf8ByteOrderMark()
    {
        var profile = ProfileTestText.Parse("\uFEFFworkloads:\n  - model: mistral-7b\nbudget_usd: \"2500\"\n");

        profile.BudgetUsd.ShouldBe(2500);
    }

    [Fact]
    public void Returns_Profile_ForYamlAnchorsOnValues()
    {
        var profile = ProfileTestText.Parse("""
            workloads:
              - &fast {model: qwen-2.5-7b, min_tokens_per_s: 50}
              - *fast
            budget_usd: 3000
            """);

        profile.Workloads.Count.ShouldBe(2);
        profile.Workloads[1].ShouldBe(profile.Workloads[0]);
    }

    [Fact]
    public void Returns_EqualProfiles_ButDifferentHash_OnlyWhenValuesDiffer()
    {
        var one = ProfileTestText.Parse(ProfileTestText.Full);
        var two = ProfileTestText.Parse(ProfileTestText.Full);
        var other = one with { Priorities = [Priority.Speed, Priority.Quiet] };

        one.ShouldBe(two);
        one.GetHashCode().ShouldBe(two.GetHashCode());
        other.ShouldNotBe(one);
    }
}
