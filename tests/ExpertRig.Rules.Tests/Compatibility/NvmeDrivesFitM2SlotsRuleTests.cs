using ExpertRig.Domain.Facts;
using ExpertRig.Rules.Compatibility;

namespace ExpertRig.Rules.Tests.Compatibility;

public sealed class NvmeDrivesFitM2SlotsRuleTests
{
    [Fact]
    public void Fires_WhenFiveDrivesMeetFourSockets()
    {
        var build = (TestBuilds.Tier1 with
        {
            Storage = ["samsung-990-pro-2tb", "wd-black-sn850x-4tb", "wd-black-sn850x-4tb", "wd-black-sn850x-4tb", "wd-black-sn850x-4tb"],
        }).ToBuild();

        RuleRun.Single<NvmeDrivesFitM2SlotsRule>(FindingKind.Warning, build).Text.ShouldContain("has 4");
    }

    [Fact]
    public void DoesNotFire_WhenTheExtraDriveIsASataDisk()
    {
        var build = (TestBuilds.Tier1 with
        {
            Storage = ["samsung-990-pro-2tb", "wd-black-sn850x-4tb", "wd-black-sn850x-4tb", "wd-black-sn850x-4tb", "seagate-ironwolf-pro-4tb"],
        }).ToBuild();

        RuleRun.Findings<NvmeDrivesFitM2SlotsRule>(build).ShouldBeEmpty();
    }
}
