using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Rules.Framework;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Framework;

public sealed class AppleSingleVendorRuleTests
{
    [Fact]
    public void Fires_WhenSimplicityIsAPriority()
    {
        Fire<AppleSingleVendorRule>(Unified("mac-studio-m3-ultra-96gb", "mac-studio"), Requirements(priorities: [Priority.Simplicity]))
            .ShouldHaveSingleItem().Text.ShouldContain("single-vendor warranty");
    }

    [Fact]
    public void DoesNotFire_WithoutThatPriority()
    {
        Fire<AppleSingleVendorRule>(Unified("mac-studio-m3-ultra-96gb", "mac-studio"), Requirements()).ShouldBeEmpty();
    }
}
