using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Framework;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Framework;

public sealed class DgxSparkAiOnlyRuleTests
{
    [Fact]
    public void Fires_WhenTheMachineOnlyRunsAi()
    {
        Fire<DgxSparkAiOnlyRule>(Unified("dgx-spark", "dgx-spark"), Requirements(otherGpuWorkloads: false))
            .ShouldHaveSingleItem().Kind.ShouldBe(FindingKind.Endorsement);
    }

    [Fact]
    public void DoesNotFire_WhenTheMachineAlsoGames()
    {
        Fire<DgxSparkAiOnlyRule>(Unified("dgx-spark", "dgx-spark"), Requirements(otherGpuWorkloads: true)).ShouldBeEmpty();
    }
}
