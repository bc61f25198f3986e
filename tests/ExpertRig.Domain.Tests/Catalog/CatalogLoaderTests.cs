using ExpertRig.Domain.Catalog;

namespace ExpertRig.Domain.Tests.CatalogTests;

public sealed class CatalogLoaderTests
{
    public static TheoryData<string> RequiredGpus => new()
    {
        "rtx-5090", "rtx-4090", "rtx-3090", "rtx-3090-ti", "rtx-6000-ada", "l40s", "rx-7900-xtx", "rtx-pro-6000-blackwell",
        "rtx-pro-6000-blackwell-max-q", "rtx-a6000", "a100-80gb-pcie", "h100-pcie", "rtx-5080", "rtx-4080", "rtx-3060-12gb",
        "rtx-4060-ti-16gb",
    };

    public static TheoryData<string> RequiredModels => new()
    {
        "llama-2-7b", "llama-3-8b", "llama-3-70b", "llama-3.1-405b", "qwen-2.5-7b", "qwen-2.5-14b", "qwen-2.5-32b",
        "qwen-2.5-72b", "qwen-2.5-coder-7b", "deepseek-r1-32b", "deepseek-r1-70b", "deepseek-r1-671b", "mistral-7b",
        "mixtral-8x7b",
    };

    public static TheoryData<string> RequiredQuantizations => new()
    {
        "Q2_K", "Q3_K_S", "Q3_K_M", "Q3_K_L", "Q4_0", "Q4_K_S", "Q4_K_M", "Q5_K_S", "Q5_K_M", "Q6_K", "Q8_0",
        "IQ2_XXS", "IQ2_XS", "IQ2_S", "IQ2_M", "IQ3_XXS", "IQ3_XS", "IQ3_S", "IQ3_M", "IQ4_XS", "IQ4_NL", "F16", "BF16",
        "exl2-4.0", "exl2-4.25", "exl2-5.0", "exl2-6.0", "exl2-8.0", "fp8",
    };

    [Fact]
    public void Loads_ShippedCatalog_FromTheFolderBesideTheBinary()
    {
        Directory.Exists(CatalogLoader.DefaultDirectory).ShouldBeTrue();

        var catalog = CatalogLoader.Load(CatalogLoader.DefaultDirectory);

        catalog.Gpus.Count.ShouldBeGreaterThanOrEqualTo(16);
        catalog.Models.Count.ShouldBeGreaterThanOrEqualTo(14);
        catalog.Cpus.Count.ShouldBeGreaterThanOrEqualTo(9);
        catalog.Motherboards.Count.ShouldBeGreaterThanOrEqualTo(9);
    }

    [Theory]
    [MemberData(nameof(RequiredGpus))]
    public void Contains_EveryRequiredGpu(string id) => CatalogLoader.LoadDefault().Gpus.Contains(id).ShouldBeTrue();

    [Theory]
    [MemberData(nameof(RequiredModels))]
    public void Contains_EveryRequiredModel(string id) => CatalogLoader.LoadDefault().FindModel(id).Id.ShouldBe(id);

    [Theory]
    [MemberData(nameof(RequiredQuantizations))]
    public void Contains_EveryRequiredQuantization(string name) =>
        CatalogLoader.LoadDefault().FindQuantization(name).ShouldNotBeNull();

    [Theory]
    [InlineData("systems", "dgx-spark")]
    [InlineData("systems", "mac-studio-m3-ultra-512gb")]
    [InlineData("systems", "mac-studio-m4-max-128gb")]
    [InlineData("systems", "mac-mini-m4-pro-64gb")]
    [InlineData("cpus", "tr-pro-9995wx")]
    [InlineData("cpus", "tr-pro-7995wx")]
    [InlineData("cpus", "tr-7960x")]
    [InlineData("cpus", "tr-7980x")]
    [InlineData("cpus", "ryzen-9-9950x")]
    [InlineData("cpus", "core-ultra-9-285k")]
    [InlineData("cpus", "epyc-9654")]
    [InlineData("cpus", "epyc-7713")]
    [InlineData("boards", "wrx90e-sage-se")]
    [InlineData("boards", "wrx90-ws-evo")]
    [InlineData("boards", "trx50-sage-wifi")]
    [InlineData("boards", "rog-maximus-z890-apex")]
    [InlineData("boards", "meg-x870e-ace")]
    [InlineData("boards", "proart-x870e-creator-wifi")]
    [InlineData("boards", "x870e-aorus-master")]
    [InlineData("boards", "romed8-2t")]
    [InlineData("storage", "seagate-ironwolf-pro-4tb")]
    [InlineData("psus", "msi-meg-ai1600t-pcie5")]
    [InlineData("accessories", "nvlink-bridge-3090-3-slot")]
    [InlineData("accessories", "add2psu")]
    public void Contains_RequiredComponent(string section, string id)
    {
        var catalog = CatalogLoader.LoadDefault();
        ICatalogEntry entry = section switch
        {
            "systems" => catalog.FindSystem(id),
            "cpus" => catalog.FindCpu(id),
            "boards" => catalog.FindMotherboard(id),
            "storage" => catalog.FindStorage(id),
            "psus" => catalog.FindPowerSupply(id),
            _ => catalog.FindAccessory(id),
        };

        entry.Id.ShouldBe(id);
    }

    [Fact]
    public void Gives_EveryEntry_ASource()
    {
        var catalog = CatalogLoader.LoadDefault();
        var entries = AllEntries(catalog).ToArray();

        entries.Length.ShouldBeGreaterThan(100);
        entries.ShouldAllBe(entry => entry.Source.Length > 20);
    }

    [Fact]
    public void LoadDefault_ReturnsTheSameInstance_EveryTime() =>
        CatalogLoader.LoadDefault().ShouldBeSameAs(CatalogLoader.LoadDefault());

    private static IEnumerable<ICatalogEntry> AllEntries(ExpertRig.Domain.Catalog.Catalog catalog) =>
        catalog.Gpus.Cast<ICatalogEntry>()
            .Concat(catalog.Systems).Concat(catalog.Cpus).Concat(catalog.Motherboards).Concat(catalog.MemoryKits)
            .Concat(catalog.Storage).Concat(catalog.PowerSupplies).Concat(catalog.Coolers).Concat(catalog.Cases)
            .Concat(catalog.Accessories).Concat(catalog.Models).Concat(catalog.Quantizations);
}
