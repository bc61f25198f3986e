using ExpertRig.Domain.Builds;

namespace ExpertRig.Domain.Tests.Builds;

/// <summary>A bill-of-materials line whose reason is written when first read, as the configurator makes them for trial builds.</summary>
public sealed class DeferredReasonTests
{
    [Fact]
    public void ADeferredReason_IsWrittenOnlyWhenRead_AndOnlyOnce()
    {
        var written = 0;
        var line = new BuildComponent(ComponentCategory.Cpu, "cpu", "A CPU", 1, 200, false, () =>
        {
            written++;
            return "Because it fits.";
        });

        written.ShouldBe(0);
        line.SubtotalUsd.ShouldBe(200);
        line.Reason.ShouldBe("Because it fits.");
        line.Reason.ShouldBe("Because it fits.");
        written.ShouldBe(1);
    }

    [Fact]
    public void ALineWithADeferredReason_EqualsTheLineWithTheSameText_AndACopyKeepsIt()
    {
        var given = new BuildComponent(ComponentCategory.Cpu, "cpu", "A CPU", 1, 200, false, "Because it fits.");
        var deferred = new BuildComponent(ComponentCategory.Cpu, "cpu", "A CPU", 1, 200, false, () => "Because it fits.");
        var other = new BuildComponent(ComponentCategory.Cpu, "cpu", "A CPU", 1, 200, false, () => "Because it is cheap.");

        deferred.ShouldBe(given);
        deferred.GetHashCode().ShouldBe(given.GetHashCode());
        other.ShouldNotBe(given);
        (deferred with { Quantity = 2 }).Reason.ShouldBe("Because it fits.");
        (deferred with { Reason = "Replaced." }).Reason.ShouldBe("Replaced.");
    }
}
