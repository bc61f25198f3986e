using CsCheck;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Framework;
using static ExpertRig.Rules.Tests.Framework.TestFacts;

namespace ExpertRig.Rules.Tests.Framework;

/// <summary><see cref="GuideBuilds.GpuCostUsd"/>: what the build's GPU lines of the bill cost, added in bill order.</summary>
public sealed class GuideBuildsTests
{
    [Fact]
    public void GpuCostUsd_IsTheSumOfTheGpuLines_InBillOrder()
    {
        var line = Gen.Select(Gen.Enum<ComponentCategory>(), Gen.Int[1, 8], Gen.Double[0, 5000], (category, quantity, unitUsd) =>
            new BuildComponent(category, "part", "Part", quantity, Math.Round(unitUsd, 2), false, "test"));
        line.Array[0, 10].Sample(lines =>
        {
            var build = Tier1() with { Components = lines };

            // Exactly equal: the same subtotals, added in the same order.
            GuideBuilds.GpuCostUsd(build).ShouldBe(lines.Where(c => c.Category == ComponentCategory.Gpu).Sum(c => c.SubtotalUsd));
        });
    }

    [Fact]
    public void GpuCostUsd_OfADualRtx3090Build_IsItsTwoCards()
    {
        var build = DualRtx3090Nvlink();

        var cards = build.Components.Single(c => c.Category == ComponentCategory.Gpu);

        cards.Quantity.ShouldBe(2);
        GuideBuilds.GpuCostUsd(build).ShouldBe(cards.SubtotalUsd);
    }
}
