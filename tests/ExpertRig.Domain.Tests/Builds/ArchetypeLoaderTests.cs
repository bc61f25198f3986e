using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Physics;
using ExpertRig.Domain.Profiles;

namespace ExpertRig.Domain.Tests.Builds;

public sealed class ArchetypeLoaderTests
{
    private const string Valid = """
        - id: test-build
          title: Test build
          source: test
          gpu: rtx-5090
          gpu_count: 1
          cpu: ryzen-9-9950x
          motherboard: proart-x870e-creator-wifi
          memory: gskill-trident-z5-neo-128gb-ddr5-6000
          storage: [samsung-990-pro-2tb]
          cooler: noctua-nh-d15-g2
          case: fractal-torrent
          os: [linux]
          engine: llama.cpp
        """;

    [Fact]
    public void Loads_EveryArchetypeTheIssueNames_AndTheAddedOnes()
    {
        var ids = BuildFixtures.Archetypes.Select(a => a.Id).ToList();

        ids.ShouldBeUnique();
        foreach (var id in new[]
                 {
                     "tier1-rtx5090", "single-rtx4090", "dual-rtx3090-nvlink", "tier2-dual-rtx5090", "tier3-quad-l40s",
                     "rtx6000-ada", "eight-rtx3090", "dgx-spark", "mac-studio", "rx7900xtx",
                     "single-l40s", "rtx-pro-6000", "dual-rtx-pro-6000", "quad-rtx-6000-ada", "mac-studio-m4-max", "mac-mini-m4-pro",
                 })
        {
            ids.ShouldContain(id);
        }
    }

    [Fact]
    public void Documents_EveryArchetype()
    {
        var doc = File.ReadAllText(Repository.Path("docs", "configurator.md"));

        BuildFixtures.Archetypes.ShouldAllBe(a => doc.Contains($"| `{a.Id}` |"));
    }

    [Fact]
    public void Reads_EveryKey_OfADiscreteArchetype()
    {
        var dual = BuildFixtures.Archetype("dual-rtx3090-nvlink");

        dual.Gpu.ShouldBe("rtx-3090");
        dual.GpuCount.ShouldBe(2);
        dual.NvlinkPairs.ShouldBe(1);
        dual.UsedGpus.ShouldBeTrue();
        dual.Storage.ShouldBe(["samsung-990-pro-2tb", "samsung-990-pro-2tb"]);
        dual.Os.ShouldBe([OperatingSystemChoice.Linux, OperatingSystemChoice.Windows]);
        dual.Engine.ShouldBe(InferenceEngine.LlamaCpp);
        dual.IsUnified.ShouldBeFalse();
    }

    [Fact]
    public void Reads_TheMemoryConfigurations_OfAUnifiedArchetype()
    {
        var mac = BuildFixtures.Archetype("mac-studio");

        mac.IsUnified.ShouldBeTrue();
        mac.Systems.ShouldBe(["mac-studio-m3-ultra-96gb", "mac-studio-m3-ultra-256gb", "mac-studio-m3-ultra-512gb"]);
        mac.Os.ShouldBe([OperatingSystemChoice.MacOS]);
        mac.Gpu.ShouldBeNull();
    }

    [Fact]
    public void Parses_AMinimalArchetype() =>
        Parse(Valid).Single().Cooler.ShouldBe("noctua-nh-d15-g2");

    [Theory]
    [InlineData("gpu: rtx-5090", "gpus: rtx-5090", "archetypes.yaml:4:3: entry 'test-build': unknown key 'gpus'; did you mean 'gpu'? (allowed: id, title, source")]
    [InlineData("gpu: rtx-5090", "gpu: rtx5090", "archetypes.yaml:4:3: entry 'test-build': gpu 'rtx5090' is not a gpus.yaml id; did you mean rtx-5090?")]
    [InlineData("cpu: ryzen-9-9950x", "cpu: tr-7960x", "entry 'test-build': ASUS ProArt X870E-Creator WiFi (AM5, x870e) does not take the AMD Ryzen Threadripper 7960X")]
    [InlineData("gpu_count: 1", "gpu_count: two", "archetypes.yaml:5:14: entry 'test-build': gpu_count: wrong type")]
    [InlineData("gpu_count: 1", "gpu_count: 9", "gpu_count must be 1 to 8 (got 9)")]
    [InlineData("\n  engine: llama.cpp", "", "entry 'test-build': missing required key: engine (one of llama.cpp, ollama, vllm, exllamav2, mlx)")]
    [InlineData("engine: llama.cpp", "engine: tensorrt", "'tensorrt' is not one of: llama.cpp, ollama, vllm, exllamav2, mlx")]
    [InlineData("os: [linux]", "os: [linux, beos]", "'beos' is not one of: linux, windows, macos")]
    [InlineData("gpu_count: 1", "gpu_count: 2\n  nvlink_pairs: 1", "NVIDIA GeForce RTX 5090 has no NVLink bridge in accessories.yaml")]
    [InlineData("cooler: noctua-nh-d15-g2", "cooler: noctua-nh-u14s-tr5-sp6", "Noctua NH-U14S TR5-SP6 mounts on sTR5, SP5, not the AMD Ryzen 9 9950X's AM5")]
    [InlineData("memory: gskill-trident-z5-neo-128gb-ddr5-6000", "memory: ddr5-4800-rdimm-128gb", "does not fit the ASUS ProArt X870E-Creator WiFi")]
    [InlineData("case: fractal-torrent", "case: lian-li-o11-vision\n  motherboard: wrx90e-sage-se", "key 'motherboard' appears twice")]
    [InlineData("storage: [samsung-990-pro-2tb]", "storage: [seagate-ironwolf-pro-4tb]", "the first drive is the OS drive and must be an NVMe SSD")]
    [InlineData("storage: [samsung-990-pro-2tb]", "storage: samsung-990-pro-2tb", "storage: has the wrong shape: expected a list")]
    public void Rejects_ABadEntry_WithOneLineNamingFileEntryAndFix(string find, string replace, string expected)
    {
        var error = Should.Throw<CatalogException>(() => Parse(Valid.Replace(find, replace, StringComparison.Ordinal)));

        error.Message.ShouldContain(expected);
        error.Message.ShouldStartWith("archetypes.yaml");
        error.Message.ShouldNotContain("\n");
    }

    [Fact]
    public void Rejects_TheGuidesTier2Cooler_OnSocketStr5()
    {
        // The guide pairs the Ryujin III AIO with a TRX50 Threadripper; coolers.yaml says it mounts on AM5/LGA1851 only.
        var yaml = Valid
            .Replace("cpu: ryzen-9-9950x", "cpu: tr-7960x", StringComparison.Ordinal)
            .Replace("motherboard: proart-x870e-creator-wifi", "motherboard: trx50-sage-wifi", StringComparison.Ordinal)
            .Replace("memory: gskill-trident-z5-neo-128gb-ddr5-6000", "memory: ddr5-5600-rdimm-64gb", StringComparison.Ordinal)
            .Replace("cooler: noctua-nh-d15-g2", "cooler: asus-rog-ryujin-iii-360", StringComparison.Ordinal)
            .Replace("case: fractal-torrent", "case: thermaltake-core-p8-tg", StringComparison.Ordinal);

        Should.Throw<CatalogException>(() => Parse(yaml)).Message.ShouldContain("mounts on AM5, LGA1851, not the AMD Ryzen Threadripper 7960X's sTR5");
    }

    [Fact]
    public void Rejects_ADuplicateId()
    {
        var error = Should.Throw<CatalogException>(() => Parse(Valid + "\n" + Valid));

        error.Message.ShouldBe("archetypes.yaml:14:3: entry 'test-build': id 'test-build' is used by an earlier archetype");
    }

    [Fact]
    public void Rejects_DiscreteParts_InAUnifiedArchetype()
    {
        const string yaml = """
            - id: odd-mac
              title: Mac with a GPU
              source: test
              systems: [mac-studio-m3-ultra-96gb]
              gpu: rtx-5090
              os: [macos]
              engine: llama.cpp
            """;

        Should.Throw<CatalogException>(() => Parse(yaml)).Message
            .ShouldBe("archetypes.yaml:5:3: entry 'odd-mac': a unified-memory archetype lists only systems; remove 'gpu' (or remove systems for a discrete build)");
    }

    [Fact]
    public void Rejects_AUnifiedSystem_WhoseOsIsNotListed()
    {
        const string yaml = """
            - id: linux-mac
              title: Mac on Linux
              source: test
              systems: [mac-mini-m4-pro-24gb]
              os: [linux]
              engine: llama.cpp
            """;

        Should.Throw<CatalogException>(() => Parse(yaml)).Message.ShouldContain("runs macos, which os does not list");
    }

    [Fact]
    public void Rejects_AnEmptyFile() =>
        Should.Throw<CatalogException>(() => Parse("# nothing\n")).Message.ShouldContain("has no entries");

    [Fact]
    public void Rejects_AMissingFile()
    {
        var path = Path.Combine(Path.GetTempPath(), "expertrig-missing-" + Guid.NewGuid().ToString("N"), ArchetypeLoader.FileName);

        Should.Throw<CatalogException>(() => ArchetypeLoader.Load(path, BuildFixtures.Catalog)).Message.ShouldStartWith("archetypes.yaml: not found at ");
    }

    private static IReadOnlyList<Archetype> Parse(string yaml) => ArchetypeLoader.Parse(yaml, ArchetypeLoader.FileName, BuildFixtures.Catalog);
}
