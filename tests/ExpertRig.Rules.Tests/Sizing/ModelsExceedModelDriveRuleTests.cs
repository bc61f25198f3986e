using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Sizing;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Sizing;

public sealed class ModelsExceedModelDriveRuleTests
{
    [Fact]
    public void Rejects_WhenTheModelFilesOutgrowTheDrive()
    {
        var build = Discrete("test", "rtx-5090", 1, "ryzen-9-9950x", "proart-x870e-creator-wifi", "gskill-trident-z5-neo-128gb-ddr5-6000", 1, ["samsung-990-pro-2tb", "samsung-990-pro-2tb"], "corsair-hx1500i", 1);
        var scenario = Scenario(build, 1, Need("llama-3.1-405b", "F16"), Need("deepseek-r1-671b", "Q8_0", index: 1), Need("llama-3.1-405b", "Q8_0", index: 2), Need("llama-3-70b", "F16", index: 3));

        var finding = Fire<ModelsExceedModelDriveRule>(scenario).ShouldHaveSingleItem();

        finding.Kind.ShouldBe(FindingKind.Violation);
        finding.Text.ShouldContain("Llama 3.1 405B F16");
        finding.Text.ShouldEndWith("but the model drive(s) hold 2,000 GB.");
    }

    [Fact]
    public void CountsASharedFileOnce()
    {
        var build = Discrete("test", "rtx-5090", 1, "ryzen-9-9950x", "proart-x870e-creator-wifi", "gskill-trident-z5-neo-128gb-ddr5-6000", 1, ["samsung-990-pro-2tb"], "corsair-hx1500i", 1);

        Fire<ModelsExceedModelDriveRule>(Scenario(build, 1, Need("llama-3.1-405b", "F16"), Need("llama-3.1-405b", "F16", index: 1), Need("llama-3-70b", "F16", index: 2))).ShouldBeEmpty();
    }

    [Fact]
    public void DoesNotFire_WhenTheModelsFit()
    {
        Fire<ModelsExceedModelDriveRule>(Scenario(Tier1(), 1, Need("llama-3-70b", "Q4_K_M"), Need("qwen-2.5-32b", "Q8_0", index: 1))).ShouldBeEmpty();
    }
}
