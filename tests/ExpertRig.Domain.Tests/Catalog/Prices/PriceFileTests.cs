using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Catalog.Prices;

namespace ExpertRig.Domain.Tests.CatalogTests.Prices;

/// <summary>A user price file: part ids to dollars or {usd, used}, checked against the catalog; it replaces the catalog's price.</summary>
public sealed class PriceFileTests : IDisposable
{
    private static readonly ExpertRig.Domain.Catalog.Catalog Shipped = CatalogLoader.LoadDefault();
    private readonly string directory = Directory.CreateTempSubdirectory("expertrig-prices-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void ReadsPlainAndUsedPrices()
    {
        var prices = Load("rtx-4090: 1650\nrtx-3090: {usd: 700, used: true}\nRyzen-9-9950X: \"$549\"\n");

        prices["rtx-4090"].ShouldBe(new UserPrice(1650));
        prices["rtx-3090"].ShouldBe(new UserPrice(700, Used: true));
        prices["ryzen-9-9950x"].Usd.ShouldBe(549);
    }

    [Fact]
    public void ReplacesTheCatalogPrice_OnlyForTheNamedParts()
    {
        var priced = PriceOverrides.Apply(Shipped, Load("rtx-4090: 1650\nrtx-3090: {usd: 700, used: true}\n"));

        priced.FindGpu("rtx-4090").PriceUsd.ShouldSatisfyAllConditions(
            p => p.Range.ShouldBe(new NumberRange(1650, 1650)),
            p => p.Basis.ShouldBe(PriceBasis.User));
        priced.FindGpu("rtx-3090").PriceUsd.Used.ShouldBe(new NumberRange(700, 700));
        priced.FindGpu("rtx-5090").PriceUsd.ShouldBe(Shipped.FindGpu("rtx-5090").PriceUsd);
        Shipped.FindGpu("rtx-4090").PriceUsd.Basis.ShouldNotBe(PriceBasis.User);
    }

    [Theory]
    [InlineData("rtx-4900: 1650\n", "line 1: 'rtx-4900' is not a priced catalog part; did you mean rtx-4090?")]
    [InlineData("llama-3-8b: 10\n", "line 1: 'llama-3-8b' is not a priced catalog part")]
    [InlineData("rtx-4090: -5\n", "line 1: rtx-4090: the price must be a number of dollars between 1 and 1,000,000 (got '-5')")]
    [InlineData("rtx-4090: cheap\n", "the price must be a number of dollars")]
    [InlineData("rtx-4090: {usd: 1600, new: true}\n", "rtx-4090: unknown key 'new'; allowed: usd, used")]
    [InlineData("rtx-4090: {used: true}\n", "rtx-4090: missing usd")]
    [InlineData("rtx-4090: {usd: 1600, used: maybe}\n", "used must be true or false")]
    [InlineData("rtx-4090: 1600\nRTX-4090: 1500\n", "line 2: rtx-4090 is priced twice")]
    [InlineData("- rtx-4090\n", "expected part ids with prices")]
    [InlineData("rtx-4090: [1\n", "not valid YAML")]
    public void RejectsBadEntries_NamingFileAndLine(string text, string expected)
    {
        var error = Should.Throw<PriceFileException>(() => Load(text));

        error.Message.ShouldStartWith("prices.yaml: ");
        error.Message.ShouldContain(expected);
    }

    [Fact]
    public void RejectsAMissingFile() =>
        Should.Throw<PriceFileException>(() => PriceFile.Load(Path.Combine(directory, "none.yaml"), Shipped))
            .Message.ShouldBe("none.yaml: no such file");

    private IReadOnlyDictionary<string, UserPrice> Load(string text)
    {
        var path = Path.Combine(directory, "prices.yaml");
        File.WriteAllText(path, text);
        return PriceFile.Load(path, Shipped);
    }
}
