using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Physics;
using ExpertRig.Domain.Predictions;

namespace ExpertRig.Domain.Tests.CatalogTests;

/// <summary>
/// The formats people download in 2026 beside llama.cpp's own: NVIDIA's NVFP4 and Unsloth's dynamic GGUF mixes, each
/// by its effective bits per weight (the mixes' from a published file of a named model).
/// </summary>
public sealed class QuantizationLadder2026Tests
{
    private static readonly ExpertRig.Domain.Catalog.Catalog Shipped = CatalogLoader.LoadDefault();

    // The GGUF files of DeepSeek V3 / R1 hold 671.03B parameters: the model without its multi-token-prediction module.
    private const double DeepSeekGgufParamsB = 671.03;

    [Theory]
    [InlineData("ud-q4-k-xl", 405.0)] // unsloth/DeepSeek-V3-0324-GGUF, UD-Q4_K_XL folder
    [InlineData("ud-q2-k-xl", 256.0)] // unsloth/DeepSeek-V3.1-GGUF, UD-Q2_K_XL folder
    [InlineData("ud-iq2-xxs", 219.0)] // unsloth/DeepSeek-V3-0324-GGUF, UD-IQ2_XXS folder
    [InlineData("ud-iq1-s", 49.3 + 49.4 + 41.5)] // unsloth/DeepSeek-R1-GGUF, DeepSeek-R1-UD-IQ1_S shards
    public void ADynamicMix_HasTheBitsPerWeightOfItsPublishedFile(string id, double fileGb)
    {
        var quant = Shipped.Quantizations.Find(id);

        quant.BitsPerWeight.ShouldBe(Math.Round(fileGb * 8 / DeepSeekGgufParamsB, 2));
        quant.BitsPerWeight.ShouldBeGreaterThan(quant.BpwNominal);
        quant.Format.ShouldBe(QuantFormat.Gguf);
        quant.Source.ShouldContain("huggingface.co/unsloth/");
        quant.Source.ShouldContain(fileGb.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " GB");
    }

    [Fact]
    public void TheMixesAreMeasuredOnTheCatalogsDeepSeekParameterCount() =>
        Shipped.FindModel("deepseek-r1-671b").ParamsTotalB.ShouldBe(DeepSeekGgufParamsB);

    [Fact]
    public void Nvfp4_IsFourBitsPlusAnFp8ScalePerSixteenWeights()
    {
        var nvfp4 = Shipped.Quantizations.Find("nvfp4");

        nvfp4.BitsPerWeight.ShouldBe(4 + 8.0 / 16);
        nvfp4.Format.ShouldBe(QuantFormat.Fp4);
        nvfp4.Engines.ShouldBe([InferenceEngine.Vllm]);
        nvfp4.Source.ShouldContain("docs.nvidia.com");
        nvfp4.BitsPerWeight.ShouldBeGreaterThan(Shipped.Quantizations.Find("mxfp4").BitsPerWeight);
    }

    [Theory]
    [InlineData("UD-Q4_K_XL", "ud-q4-k-xl")]
    [InlineData("ud_q4_k_xl", "ud-q4-k-xl")]
    [InlineData("UD-Q2_K_XL", "ud-q2-k-xl")]
    [InlineData("UD-IQ2_XXS", "ud-iq2-xxs")]
    [InlineData("UD-IQ1_S", "ud-iq1-s")]
    [InlineData("NVFP4", "nvfp4")]
    [InlineData("nvfp4", "nvfp4")]
    public void IsFound_ByIdOrDisplayName(string typed, string id) =>
        Shipped.FindQuantization(typed).Id.ShouldBe(id);

    [Fact]
    public void TheDynamicMixes_AreNotTheirBaseType()
    {
        Shipped.FindQuantization("UD-IQ1_S").ShouldNotBe(Shipped.FindQuantization("IQ1_S"));
        Shipped.FindQuantization("UD-Q2_K_XL").ShouldNotBe(Shipped.FindQuantization("Q2_K"));
    }

    [Theory]
    [InlineData("ud-q4-k-xl")]
    [InlineData("ud-q2-k-xl")]
    [InlineData("ud-iq2-xxs")]
    [InlineData("ud-iq1-s")]
    [InlineData("nvfp4")]
    public void CarriesNoQualityFigure_ForLackOfAComparableMeasurement(string id)
    {
        var quant = Shipped.Quantizations.Find(id);

        quant.QualityVsFp16Pct.ShouldBeNull();
        quant.PplDeltaLlama3For8B.ShouldBeNull();
        quant.PplDeltaPctLlama3For70B.ShouldBeNull();
    }

    [Theory]
    [InlineData(InferenceEngine.LlamaCpp)]
    [InlineData(InferenceEngine.Vllm)]
    public void TheOpenLadder_LeavesThemOut_SoOnlyAWorkloadThatAsksGetsOne(InferenceEngine engine) =>
        QuantLadder.For(Shipped, engine).Select(q => q.Id)
            .ShouldNotContain(id => id.StartsWith("ud-", StringComparison.Ordinal) || id == "nvfp4");
}
