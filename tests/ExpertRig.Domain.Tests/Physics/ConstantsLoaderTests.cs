using ExpertRig.Domain.Physics;

namespace ExpertRig.Domain.Tests.Physics;

public sealed class ConstantsLoaderTests
{
    private static readonly string Shipped = File.ReadAllText(PhysicsFiles.Constants);

    [Fact]
    public void Loads_TheShippedConstants_WithEveryClass()
    {
        var constants = PhysicsConstantsLoader.Load(PhysicsFiles.Constants);
        constants.DeviceClasses.Count.ShouldBe(Enum.GetValues<DeviceClass>().Length);
        constants.DeviceClasses.Values.ShouldAllBe(c => c.Source.Length > 0);
    }

    [Fact]
    public void LoadDefault_ReadsFromTheApplicationDirectory()
    {
        PhysicsConstantsLoader.LoadDefault().Decode.Source.ShouldNotBeEmpty();
    }

    [Fact]
    public void Rejects_AnUnknownKey_NamingFileAndLine()
    {
        var yaml = Shipped.Replace("  layer_split_hop_ms:", "  layer_split_hops_ms:", StringComparison.Ordinal);
        var error = Should.Throw<PhysicsDataException>(() => PhysicsConstantsLoader.Parse(yaml, "constants.yaml"));
        error.Message.ShouldStartWith("constants.yaml:");
        error.Message.ShouldContain("unknown key 'layer_split_hops_ms'");
        var line = Shipped.Split('\n').ToList().FindIndex(l => l.Contains("layer_split_hop_ms:", StringComparison.Ordinal)) + 1;
        error.Message.ShouldContain($"constants.yaml:{line}:");
    }

    [Fact]
    public void Rejects_AnEfficiencyAboveOne_NamingTheKey()
    {
        var yaml = Shipped.Replace("usable_memory_fraction: 0.75", "usable_memory_fraction: 1.75", StringComparison.Ordinal);
        var error = Should.Throw<PhysicsDataException>(() => PhysicsConstantsLoader.Parse(yaml, "constants.yaml"));
        error.Message.ShouldContain("device_classes[apple-silicon].usable_memory_fraction is 1.75");
    }

    [Fact]
    public void Rejects_AMissingSource()
    {
        var lines = Shipped.Split('\n').Where(l => !l.StartsWith("  source: \"PCIe", StringComparison.Ordinal));
        var error = Should.Throw<PhysicsDataException>(() => PhysicsConstantsLoader.Parse(string.Join('\n', lines), "constants.yaml"));
        error.Message.ShouldContain("interconnect.source");
    }

    [Fact]
    public void Rejects_AnUnknownDeviceClass()
    {
        var yaml = Shipped.Replace("class: amd-gddr", "class: intel-arc", StringComparison.Ordinal);
        var error = Should.Throw<PhysicsDataException>(() => PhysicsConstantsLoader.Parse(yaml, "constants.yaml"));
        error.Message.ShouldContain("unknown class 'intel-arc'; allowed: nvidia-gddr");
    }

    [Fact]
    public void Reports_AMissingFile()
    {
        var error = Should.Throw<PhysicsDataException>(() => PhysicsConstantsLoader.Load("/nonexistent/constants.yaml"));
        error.Message.ShouldContain("missing");
    }
}
