using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Physics;
using ExpertRig.Domain.Predictions;

namespace ExpertRig.Domain.Tests.Physics;

/// <summary>Apple chips get their own bandwidth efficiency where measured, the class's where not.</summary>
public sealed class AppleChipTests
{
    private readonly PhysicsConstants constants = PhysicsFiles.LoadConstants();

    [Theory]
    [InlineData("Apple M3 Ultra (28-core CPU, 60-core GPU)", "M3 Ultra")]
    [InlineData("Apple M2 Ultra (76-core GPU)", "M2 Ultra")]
    [InlineData("Apple M4 Max (16-core CPU, 40-core GPU)", "M4 Max")]
    [InlineData("Apple M4 (10-core GPU)", "M4")]
    [InlineData("NVIDIA GB10 Grace Blackwell Superchip", null)]
    public void Parse_NamesGenerationAndTier(string text, string? chip) => AppleChips.Parse(text).ShouldBe(chip);

    [Fact]
    public void MeasuredChips_DifferAndUnmeasuredOnesUseTheClass()
    {
        // llama.cpp reaches a smaller share of an M1 Max's 400 GB/s than of an M2 Ultra's 800 GB/s (fitted chips).
        var apple = constants.For(DeviceClass.AppleSilicon);
        apple.ChipEfficiencies["M1 Max"].ShouldBeLessThan(apple.ChipEfficiencies["M2 Ultra"] - 0.1);

        var system = CatalogLoader.LoadDefault().Systems.Find("mac-studio-m3-ultra-512gb");
        var device = CatalogDevices.ForSystem(system);
        device.Chip.ShouldBe("M3 Ultra");
        constants.For(device).BandwidthEfficiency.ShouldBe(apple.ChipEfficiencies.TryGetValue("M3 Ultra", out var own) ? own : apple.BandwidthEfficiency);
        constants.For(device with { Chip = "M2 Ultra" }).BandwidthEfficiency.ShouldBe(apple.ChipEfficiencies["M2 Ultra"]);
    }

    [Fact]
    public void Constants_RejectAChipThatIsNotAnAppleChip()
    {
        var yaml = File.ReadAllText(PhysicsFiles.Constants).Replace("{chip: M4,", "{chip: M4 Mega,", StringComparison.Ordinal);
        Should.Throw<PhysicsDataException>(() => PhysicsConstantsLoader.Parse(yaml, "constants.yaml")).Message.ShouldContain("chips[M4 Mega]");
    }
}
