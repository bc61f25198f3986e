using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Physics;

namespace ExpertRig.Domain.Tests.CatalogTests;

/// <summary>The corrections to the guide and the mappings the estimators rely on, pinned so they cannot regress.</summary>
public sealed class CatalogDataTests
{
    private static readonly ExpertRig.Domain.Catalog.Catalog Shipped = CatalogLoader.LoadDefault();

    [Theory]
    [InlineData("rtx-6000-ada", false)]
    [InlineData("l40s", false)]
    [InlineData("rtx-4090", false)]
    [InlineData("rtx-5090", false)]
    [InlineData("rtx-3090", true)]
    [InlineData("rtx-3090-ti", true)]
    [InlineData("rtx-a6000", true)]
    public void HasNvlink_OnlyWhereTheCardHasTheConnector(string id, bool nvlink)
    {
        var gpu = Shipped.FindGpu(id);

        gpu.Nvlink.ShouldBe(nvlink);
        (gpu.NvlinkBandwidthGbs is > 0).ShouldBe(nvlink);
    }

    [Fact]
    public void NotesTheGuideNvlinkErrors()
    {
        Shipped.FindGpu("rtx-6000-ada").Note.ShouldNotBeNull().ShouldContain("Ada dropped NVLink");
        Shipped.FindGpu("rtx-3090-ti").Note.ShouldNotBeNull().ShouldContain("keeps the NVLink connector");
    }

    [Fact]
    public void UsesDenseFp32AccumulateTflops_NotTheGuidesSparseFigure()
    {
        Shipped.FindGpu("rtx-5090").Fp16Tflops.ShouldBe(209.5);
        Shipped.FindGpu("rtx-4090").Fp16Tflops.ShouldBe(165.2);
    }

    [Fact]
    public void ModelsOnlyAppleChipsThatShipped()
    {
        Shipped.Systems.ShouldNotContain(system => system.Chip.Contains("M4 Ultra", StringComparison.Ordinal));
        Shipped.FindSystem("mac-studio-m3-ultra-512gb").BandwidthGbs.ShouldBe(819);
        Shipped.FindSystem("mac-studio-m4-max-128gb").BandwidthGbs.ShouldBe(546);
        Shipped.FindSystem("mac-mini-m4-pro-64gb").BandwidthGbs.ShouldBe(273);
    }

    [Fact]
    public void AppleSystems_LetTheGpuUseAboutThreeQuartersOfMemory()
    {
        var macs = Shipped.Systems.Where(system => system.Os == OperatingSystemKind.Macos).ToArray();

        macs.ShouldNotBeEmpty();
        macs.ShouldAllBe(mac => mac.UsableMemoryFraction >= 0.65 && mac.UsableMemoryFraction <= 0.75);
        Shipped.FindSystem("mac-studio-m3-ultra-512gb").UsableMemoryGb.ShouldBe(384);
    }

    [Fact]
    public void DgxSpark_MatchesTheGuide()
    {
        var spark = Shipped.FindSystem("dgx-spark");

        (spark.MemoryGb, spark.BandwidthGbs, spark.PowerW, spark.PriceUsd.Range.Low).ShouldBe((128, 273, 240, 4699));
    }

    [Fact]
    public void DeepSeekR1_MapsToLatentAttentionArchitecture()
    {
        var architecture = Shipped.FindModel("deepseek-r1-671b").Architecture;

        architecture.Attention.ShouldBe(AttentionKind.MultiHeadLatent);
        architecture.MlaCacheDim.ShouldBe(576);
        architecture.ParamsActiveB.ShouldBe(37);
        architecture.IsMixtureOfExperts.ShouldBeTrue();
        architecture.VocabSize.ShouldBe(129280);
    }

    [Fact]
    public void Llama2_7B_IsFullMultiHeadAttention()
    {
        var architecture = Shipped.FindModel("llama-2-7b").Architecture;

        architecture.ShouldBe(new ModelArchitecture(6.74, 6.74, 32, 4096, 32, 32, 128, 4096) { VocabSize = 32000 });
    }

    [Theory]
    [InlineData("deepseek-r1-32b", "qwen-2.5-32b")]
    [InlineData("deepseek-r1-70b", "llama-3-70b")]
    [InlineData("qwen-2.5-coder-7b", "qwen-2.5-7b")]
    public void Distills_ShareTheirBaseArchitecture(string distill, string baseModel)
    {
        var model = Shipped.FindModel(distill);

        model.BaseModel.ShouldBe(baseModel);
        (model.Architecture with { MaxContextTokens = 0 })
            .ShouldBe(Shipped.FindModel(baseModel).Architecture with { MaxContextTokens = 0 });
    }

    [Theory]
    [InlineData("Q4_K_M", 4.82)]
    [InlineData("Q8_0", 8.5)]
    [InlineData("Q4_0", 4.64)]
    [InlineData("IQ2_XXS", 2.17)]
    [InlineData("BF16", 16)]
    [InlineData("exl2-4.25", 4.25)]
    public void TakesBitsPerWeight_From70B_Else8B_ElseNominal(string quant, double bitsPerWeight) =>
        Shipped.FindQuantization(quant).BitsPerWeight.ShouldBe(bitsPerWeight);

    [Fact]
    public void KeepsTheGuidesQualityFigures()
    {
        Shipped.FindQuantization("Q4_K_M").QualityVsFp16Pct.ShouldBe(new NumberRange(95, 96));
        Shipped.FindQuantization("Q2_K").QualityVsFp16Pct.ShouldBe(new NumberRange(85, 88));
        Shipped.FindQuantization("F16").QualityVsFp16Pct.ShouldBe(new NumberRange(100, 100));
    }

    [Fact]
    public void ReadsEngineSpellings_AsTheCliWritesThem()
    {
        Shipped.FindQuantization("Q4_K_M").Engines.ShouldBe([InferenceEngine.LlamaCpp, InferenceEngine.Ollama]);
        Shipped.FindQuantization("exl2-5.0").Engines.ShouldBe([InferenceEngine.ExLlamaV2]);
    }

    [Fact]
    public void Boards_ListSlotPositionsForSpacing()
    {
        var board = Shipped.FindMotherboard("wrx90e-sage-se");

        board.X16Slots.Select(slot => slot.Position).ShouldBe([1, 2, 3, 4, 5, 6, 7]);
        board.X16Slots.ShouldAllBe(slot => slot.Lanes == 16 && slot.Gen == 5 && slot.Via == LaneSource.Cpu);
        Shipped.FindMotherboard("rog-maximus-z890-apex").X16Slots[0].LanesWhenShared.ShouldBe(8);
    }

    [Fact]
    public void NvlinkBridges_SpanThreeOrFourSlots()
    {
        var spacings = Shipped.Accessories.Where(a => a.Kind == AccessoryKind.NvlinkBridge).Select(a => a.SlotSpacing).ToArray();

        spacings.ShouldBe([3, 4]);
    }

    [Fact]
    public void Prices_ComeWithTheirBasis()
    {
        Shipped.FindGpu("rtx-3090").PriceUsd.ShouldBe(new ComponentPrice { Used = new NumberRange(550, 850), Basis = PriceBasis.GuideApril2026, Msrp = 1499 });
        Shipped.FindGpu("rtx-3090").PriceUsd.Range.ShouldBe(new NumberRange(550, 850));
        Shipped.FindCpu("tr-pro-9995wx").PriceUsd.Msrp.ShouldBe(11699);
    }
}
