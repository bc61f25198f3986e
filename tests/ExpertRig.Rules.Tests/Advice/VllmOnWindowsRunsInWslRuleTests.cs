using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Advice;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Advice;

public sealed class VllmOnWindowsRunsInWslRuleTests
{
    [Fact]
    public void Fires_WhenVllmServesAWindowsBuyersBuild()
    {
        var build = Tier2();

        var finding = Fire<VllmOnWindowsRunsInWslRule>(build, Requirements(users: 4, os: OperatingSystemChoice.Windows), Software(build, InferenceEngine.Vllm)).ShouldHaveSingleItem();

        finding.Build.ShouldBeSameAs(build);
        finding.Kind.ShouldBe(FindingKind.Note);
        finding.Text.ShouldContain("inside WSL");
    }

    [Theory]
    [InlineData(OperatingSystemChoice.Linux)]
    [InlineData(OperatingSystemChoice.Any)]
    public void DoesNotFire_ForAProfileThatDoesNotAskForWindows(OperatingSystemChoice os)
    {
        var build = Tier2();

        Fire<VllmOnWindowsRunsInWslRule>(build, Requirements(users: 4, os: os), Software(build, InferenceEngine.Vllm)).ShouldBeEmpty();
    }

    [Fact]
    public void DoesNotFire_WhenLlamaCppServesTheWindowsBuild()
    {
        var build = Tier1();

        Fire<VllmOnWindowsRunsInWslRule>(build, Requirements(os: OperatingSystemChoice.Windows), Software(build, InferenceEngine.LlamaCpp)).ShouldBeEmpty();
    }
}
