using System.Text.Json;
using ExpertRig.Cli.Tests.Support;
using ExpertRig.Testing;

namespace ExpertRig.Cli.Tests;

/// <summary><c>--prices</c> and the profile's <c>prices:</c> key replace catalog prices in the builds priced.</summary>
public sealed class PricesOptionTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("expertrig-prices-cli-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Check_PricesTheBuildFromTheFile()
    {
        var before = Total(CliRunner.Run("check", "--build", Build, "--format", "json"));
        var prices = Write("prices.yaml", "rtx-3090: {usd: 555, used: true}\n");

        var after = Total(CliRunner.Run("check", "--build", Build, "--prices", prices, "--format", "json"));

        after.ShouldBeLessThan(before);
    }

    [Fact]
    public void ProfilePrices_AreReadAndChecked()
    {
        var profile = Write("profile.yaml", """
            workloads:
              - model: llama-3-8b
            budget_usd: 3000
            prices:
              rtx-4090: 1500
              rtx-9999: 10
            """);

        var result = CliRunner.Run("recommend", "--profile", profile, "--format", "json");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("profile.yaml prices: line 6: 'rtx-9999' is not a priced catalog part");
    }

    [Fact]
    public void BadPriceFile_ExitsTwo_NamingTheFile()
    {
        var prices = Write("mine.yaml", "rtx-4090: free\n");

        var result = CliRunner.Run("check", "--build", Build, "--prices", prices);

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("mine.yaml: line 1: rtx-4090: the price must be a number of dollars");
    }

    [Fact]
    public void Report_NamesHowManyPartsTheFilePriced_AndDatesEveryOtherLine()
    {
        var prices = Write("prices.yaml", "rtx-3060-12gb: 240\nryzen-5-5600: 120\n");
        var profile = Repository.Path("docs", "examples", "buyers", "b1200-linux-14b.yaml");

        var report = CliRunner.Run("recommend", "--profile", profile, "--prices", prices, "--top", "1").Output;

        report.ShouldContain("| gpu | NVIDIA GeForce RTX 3060 12GB | 1 | $240 | your file |");
        report.ShouldContain("| memory | 16GB (2x8GB) DDR4-3200 kit | 1 | $90 | 2025-12 |");
        report.ShouldContain("prices from your file for 2 parts");
    }

    [Fact]
    public void Json_CarriesEachLinesPriceBasisAndMonth()
    {
        var profile = Repository.Path("docs", "examples", "buyers", "b1200-linux-14b.yaml");

        using var json = JsonDocument.Parse(CliRunner.Run("recommend", "--profile", profile, "--format", "json").Output);

        var memory = json.RootElement.GetProperty("builds")[0].GetProperty("components").EnumerateArray()
            .Single(c => c.GetProperty("category").GetString() == "memory");
        memory.GetProperty("price_basis").GetString().ShouldBe("street");
        memory.GetProperty("price_as_of").GetString().ShouldBe("2025-12");
    }

    private static string Build => Repository.Path("docs", "examples", "builds", "dual-3090.yaml");

    private static double Total(CliResult result)
    {
        // check exits 1 when the build breaks a hard constraint (the default needs do not accept the used cards); its
        // JSON carries the priced build either way. Bad input (2) would have no JSON.
        result.ExitCode.ShouldBeOneOf([0, 1], result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var builds = json.RootElement.GetProperty("builds").EnumerateArray()
            .Concat(json.RootElement.GetProperty("rejected").EnumerateArray());
        return builds.First().GetProperty("total_price_usd").GetDouble();
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, text);
        return path;
    }
}
