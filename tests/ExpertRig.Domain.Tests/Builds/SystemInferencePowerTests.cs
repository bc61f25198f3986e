using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;

namespace ExpertRig.Domain.Tests.Builds;

/// <summary>A unified-memory system is billed at its measured inference draw, not at its supply's maximum.</summary>
public sealed class SystemInferencePowerTests
{
    private static readonly UnifiedMemorySystem Catalogued = CatalogLoader.LoadDefault().Systems.First();

    [Fact]
    public void AMeasuredInferenceDraw_IsTheSustainedDraw_AndTheRatingThePeak()
    {
        var system = Catalogued with { PowerW = 480, InferencePowerW = 160 };

        var power = BuildPower.Components(new Build { Archetype = "test", Title = "test", Source = "test", System = system, Components = [] }).Single();

        power.SustainedWatts.ShouldBe(160);
        power.PeakWatts.ShouldBe(480);
    }

    [Fact]
    public void WithoutAMeasurement_TheRatingStandsIn() =>
        (Catalogued with { PowerW = 480, InferencePowerW = null }).SustainedInferenceW.ShouldBe(480);
}
