using CsCheck;
using ExpertRig.Domain.Catalog;

namespace ExpertRig.Domain.Tests.CatalogTests;

public sealed class CatalogLookupTests
{
    private static readonly ExpertRig.Domain.Catalog.Catalog Shipped = CatalogLoader.LoadDefault();

    [Theory]
    [InlineData("Q4_K_M", "q4-k-m")]
    [InlineData("q4_k_m", "q4-k-m")]
    [InlineData("q4-k-m", "q4-k-m")]
    [InlineData("  IQ4_XS ", "iq4-xs")]
    [InlineData("F16", "f16")]
    [InlineData("EXL2-4.25", "exl2-4.25")]
    [InlineData("q4km", "q4-k-m")]
    public void FindsQuantization_ByIdOrConventionalName(string typed, string expected) =>
        Shipped.FindQuantization(typed).Id.ShouldBe(expected);

    [Theory]
    [InlineData("RTX-4090", "rtx-4090")]
    [InlineData("rtx 4090", "rtx-4090")]
    [InlineData("NVIDIA GeForce RTX 4090", "rtx-4090")]
    [InlineData("rtx4090", "rtx-4090")]
    [InlineData("L40S", "l40s")]
    public void FindsGpu_IgnoringCaseSpacesAndSeparators(string typed, string expected) =>
        Shipped.FindGpu(typed).Id.ShouldBe(expected);

    [Theory]
    [InlineData("llama3-8b", "llama-3-8b")]
    [InlineData("Llama 3.1 405B", "llama-3.1-405b")]
    [InlineData("qwen2.5-72b", "qwen-2.5-72b")]
    [InlineData("DeepSeek-R1-Distill-Qwen-32B", "deepseek-r1-32b")]
    public void FindsModel_ByLooseSpellingOrName(string typed, string expected) =>
        Shipped.FindModel(typed).Id.ShouldBe(expected);

    [Fact]
    public void Throws_WithClosestIds_OnMiss()
    {
        var error = Should.Throw<CatalogLookupException>(() => Shipped.FindGpu("rtx-4900"));

        error.Kind.ShouldBe("GPU");
        error.RequestedId.ShouldBe("rtx-4900");
        error.Suggestions.ShouldContain("rtx-4090");
        error.Message.ShouldStartWith("unknown GPU 'rtx-4900'; did you mean ");
    }

    [Fact]
    public void Suggests_IdsContainingWhatWasTyped()
    {
        var error = Should.Throw<CatalogLookupException>(() => Shipped.FindCpu("9995wx"));

        error.Suggestions.ShouldBe(["tr-pro-9995wx"]);
        error.Message.ShouldBe("unknown CPU '9995wx'; did you mean 'tr-pro-9995wx'?");
    }

    [Fact]
    public void Suggests_QuantizationForTypo()
    {
        var error = Should.Throw<CatalogLookupException>(() => Shipped.FindQuantization("Q4_K_L"));

        error.Suggestions.ShouldContain("q4-k-m");
        error.Suggestions.ShouldContain("q4-k-s");
    }

    [Fact]
    public void SaysWhereToListIds_WhenNothingIsClose()
    {
        var error = Should.Throw<CatalogLookupException>(() => Shipped.FindModel("gpt-4"));

        error.Suggestions.ShouldBeEmpty();
        error.Message.ShouldBe("unknown model 'gpt-4'; no close match (expertrig catalog models lists them all)");
    }

    [Fact]
    public void FindAccelerator_CoversGpusAndSystems()
    {
        Shipped.FindAccelerator("dgx-spark").ShouldBeOfType<UnifiedMemorySystem>();
        Shipped.FindAccelerator("rtx-5090").ShouldBeOfType<Gpu>();
        Should.Throw<CatalogLookupException>(() => Shipped.FindAccelerator("dgx-sparc")).Suggestions.ShouldContain("dgx-spark");
    }

    [Fact]
    public void TryFind_ReturnsFalse_ForBlankInput()
    {
        Shipped.Gpus.TryFind("  ", out _).ShouldBeFalse();
        Shipped.Gpus.Contains(string.Empty).ShouldBeFalse();
    }

    [Fact]
    public void FindsEveryEntry_WhateverCaseOrSeparatorIsTyped()
    {
        var ids = Shipped.Gpus.Ids.Concat(Shipped.Models.Ids).Concat(Shipped.Quantizations.Ids).ToArray();
        var respelled = Gen.Select(Gen.Int[0, ids.Length - 1], Gen.Bool.Array[40], Gen.Bool).Select(pick =>
        {
            var (index, upper, underscores) = pick;
            var id = ids[index];
            var chars = id.Select((c, i) => upper[i % upper.Length] ? char.ToUpperInvariant(c) : c);
            var text = new string(chars.ToArray());
            return (Id: id, Typed: underscores ? text.Replace('-', '_') : text);
        });

        respelled.Sample(sample => FindAnywhere(sample.Typed) == sample.Id, iter: 2000);
    }

    private static string? FindAnywhere(string typed) =>
        Shipped.Gpus.TryFind(typed, out var gpu) ? gpu.Id
        : Shipped.Models.TryFind(typed, out var model) ? model.Id
        : Shipped.Quantizations.TryFind(typed, out var quant) ? quant.Id
        : null;
}
