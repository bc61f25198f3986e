using CsCheck;
using ExpertRig.Domain.Catalog;

namespace ExpertRig.Domain.Tests.CatalogTests;

public sealed class IdSuggestionsTests
{
    [Theory]
    [InlineData("rtx-4090", true)]
    [InlineData("llama-3.1-405b", true)]
    [InlineData("exl2-4.25", true)]
    [InlineData("a100-80gb-pcie", true)]
    [InlineData("RTX-4090", false)]
    [InlineData("rtx_4090", false)]
    [InlineData("rtx--4090", false)]
    [InlineData("-rtx", false)]
    [InlineData("rtx-", false)]
    [InlineData("llama.3", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsValid_AcceptsOnlyKebabCase(string? id, bool valid) => CatalogIds.IsValid(id).ShouldBe(valid);

    [Theory]
    [InlineData("Q4_K_M", "q4-k-m")]
    [InlineData(" RTX  4090 ", "rtx-4090")]
    [InlineData("a__b", "a-b")]
    public void Normalize_LowercasesAndHyphenates(string text, string expected) => CatalogIds.Normalize(text).ShouldBe(expected);

    [Fact]
    public void Closest_RanksSmallerEditsFirst() =>
        IdSuggestions.Closest("rtx-4080s", ["rtx-4080", "rtx-4090", "rtx-3080", "l40s"]).ShouldBe(["rtx-4080", "rtx-3080", "rtx-4090"]);

    [Fact]
    public void Closest_ReturnsNothing_WhenEverythingIsFar() =>
        IdSuggestions.Closest("mac-studio", ["rtx-4090", "l40s"]).ShouldBeEmpty();

    [Fact]
    public void EditDistance_IsAMetric()
    {
        var word = Gen.String[Gen.Char['a', 'e'], 0, 8];
        Gen.Select(word, word, word).Sample(
            triple =>
            {
                var (a, b, c) = triple;
                var ab = IdSuggestions.EditDistance(a, b);
                return ab == IdSuggestions.EditDistance(b, a)
                    && (ab == 0) == (a == b)
                    && IdSuggestions.EditDistance(a, c) <= ab + IdSuggestions.EditDistance(b, c)
                    && ab <= Math.Max(a.Length, b.Length);
            },
            iter: 3000);
    }

    [Fact]
    public void Closest_AlwaysFindsAnIdWithOneTypo()
    {
        string[] ids = ["rtx-5090", "rtx-4090", "rtx-3090-ti", "l40s", "dgx-spark", "tr-pro-9995wx", "qwen-2.5-72b"];
        Gen.Select(Gen.Int[0, ids.Length - 1], Gen.Int[0, 30], Gen.Char['a', 'z']).Sample(
            pick =>
            {
                var (index, position, letter) = pick;
                var id = ids[index];
                var at = position % id.Length;
                var typo = id[..at] + letter + id[(at + 1)..];
                return IdSuggestions.Closest(typo, ids).Contains(id);
            },
            iter: 2000);
    }
}
