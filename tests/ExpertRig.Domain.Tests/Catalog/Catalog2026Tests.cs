using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Physics;

namespace ExpertRig.Domain.Tests.CatalogTests;

/// <summary>The late-2026 catalog: the models and systems issue 13 names, with the layer kinds the estimators need.</summary>
public sealed class Catalog2026Tests
{
    private static readonly ExpertRig.Domain.Catalog.Catalog Shipped = CatalogLoader.LoadDefault();

    [Theory]
    [InlineData("llama-3.1-8b")]
    [InlineData("llama-3.1-70b")]
    [InlineData("llama-3.3-70b")]
    [InlineData("llama-4-scout")]
    [InlineData("llama-4-maverick")]
    [InlineData("qwen-3-8b")]
    [InlineData("qwen-3-14b")]
    [InlineData("qwen-3-32b")]
    [InlineData("qwen-3-30b-a3b")]
    [InlineData("qwen-3-235b-a22b")]
    [InlineData("qwen-3-coder-30b-a3b")]
    [InlineData("qwen-3-coder-480b-a35b")]
    [InlineData("qwen-3-next-80b-a3b")]
    [InlineData("qwen-2.5-coder-14b")]
    [InlineData("qwen-2.5-coder-32b")]
    [InlineData("deepseek-v3")]
    [InlineData("deepseek-r1-671b")]
    [InlineData("gpt-oss-20b")]
    [InlineData("gpt-oss-120b")]
    [InlineData("gemma-3-4b")]
    [InlineData("gemma-3-12b")]
    [InlineData("gemma-3-27b")]
    [InlineData("mistral-small-3.2-24b")]
    [InlineData("mistral-large-2411")]
    [InlineData("glm-4.5")]
    [InlineData("glm-4.5-air")]
    [InlineData("kimi-k2")]
    [InlineData("phi-4")]
    [InlineData("qwen-3.5-35b-a3b")]
    [InlineData("qwen-3.5-122b-a10b")]
    [InlineData("deepseek-v3.2-exp")]
    [InlineData("qwen-3.5-397b-a17b")]
    public void HasTheModel_WithASourceAndACoherentShape(string id)
    {
        var model = Shipped.FindModel(id);

        model.Source.Length.ShouldBeGreaterThan(40);
        model.Architecture.FullAttentionLayers.ShouldBeGreaterThan(0);
        (model.Experts is null).ShouldBe(model.Architecture.Experts is null);
        Shipped.Quantizations.Contains(model.WeightFormat).ShouldBeTrue();
    }

    [Fact]
    public void HasAtLeastFortyModels() => Shipped.Models.Count.ShouldBeGreaterThanOrEqualTo(40);

    [Theory]
    [InlineData("gpt-oss-120b", "mxfp4")]
    [InlineData("deepseek-v3", "fp8")]
    [InlineData("kimi-k2", "fp8")]
    [InlineData("llama-3.1-8b", "bf16")]
    public void RecordsTheNativeWeightFormat(string id, string format) =>
        Shipped.FindModel(id).WeightFormat.ShouldBe(format);

    [Fact]
    public void MapsLayerKindsIntoTheArchitecture()
    {
        Shipped.FindModel("gemma-3-27b").Architecture.ShouldSatisfyAllConditions(
            a => a.SlidingWindowLayers.ShouldBe(52),
            a => a.SlidingWindowTokens.ShouldBe(1024));
        Shipped.FindModel("llama-4-scout").Architecture.AttentionChunkTokens.ShouldBe(8192);
        Shipped.FindModel("qwen-3-next-80b-a3b").Architecture.LinearAttention!.Layers.ShouldBe(36);
        Shipped.FindModel("deepseek-v3").Architecture.Experts.ShouldBe(new ExpertLayout(256, 8, 1, 3, 2048, 2048, 18432));
        Shipped.FindModel("mistral-7b").Architecture.SlidingWindowLayers.ShouldBe(32);
    }

    [Fact]
    public void StrixHalo_GivesTheGpu96GbOf128()
    {
        var framework = Shipped.FindSystem("framework-desktop-128gb");

        framework.UsableMemoryGb.ShouldBe(96);
        framework.Note.ShouldNotBeNull().ShouldContain("108 GB");
        framework.PriceUsd.Month.ShouldBe("2026-01");
    }

    [Fact]
    public void InferencePower_IsAMeasurementBelowTheRatedMaximum()
    {
        var measured = Shipped.Systems.Where(system => system.InferencePowerW is not null).ToArray();

        measured.ShouldNotBeEmpty();
        measured.ShouldAllBe(system => system.InferencePowerW <= system.PowerW);
    }

    [Fact]
    public void GuidePrices_DateFromTheGuidesMonth()
    {
        var guidePrices = Shipped.Gpus.Select(gpu => gpu.PriceUsd).Where(price => price.Basis == PriceBasis.GuideApril2026).ToArray();

        guidePrices.ShouldNotBeEmpty();
        guidePrices.ShouldAllBe(price => price.Month == "2026-04");
    }
}
