using System.CommandLine;
using ExpertRig.Cli.Tests.Support;

namespace ExpertRig.Cli.Tests;

/// <summary>
/// Tab completion as a shell gets it: dotnet-suggest runs <c>expertrig [suggest:N] "&lt;line&gt;"</c> (the line without
/// the program name, N the cursor in it) and offers what the program prints, one value a line.
/// </summary>
public sealed class CompletionTests
{
    public static TheoryData<string> CommandNames => [.. ExpertRigCli.CreateRootCommand().Subcommands.Select(c => c.Name)];

    [Fact]
    public void AnEmptyLine_CompletesEveryCommand() =>
        Missing(ExpertRigCli.CreateRootCommand().Subcommands.Select(c => c.Name), Suggest("")).ShouldBeEmpty();

    [Fact]
    public void APartialCommand_CompletesToThatCommandOnly() =>
        Suggest("rec").ShouldBe(["recommend"]);

    [Theory]
    [MemberData(nameof(CommandNames))]
    public void EveryOptionOfEveryCommand_IsCompleted(string command)
    {
        var options = ExpertRigCli.CreateRootCommand().Subcommands.Single(c => c.Name == command).Options
            .Where(o => !o.Hidden).Select(o => o.Name);

        Missing(options, Suggest($"{command} --")).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("recommend --format ", new[] { "json", "markdown" })]
    [InlineData("explain --format ", new[] { "json", "text" })]
    [InlineData("check --format ", new[] { "json", "text" })]
    [InlineData("predict --engine ", new[] { "exllamav2", "llama.cpp", "mlx", "ollama", "vllm" })]
    [InlineData("predict --vendor ", new[] { "amd", "apple", "nvidia" })]
    public void AFixedChoiceOption_CompletesItsValues(string line, string[] values) =>
        Suggest(line).ShouldBe(values);

    [Fact]
    public void Catalog_CompletesItsSections() =>
        Missing(["gpus", "cpus", "boards", "memory", "storage", "psus", "coolers", "cases", "systems", "accessories", "models", "quants"], Suggest("catalog "))
            .ShouldBeEmpty();

    [Fact]
    public void ExplainRule_CompletesEveryRuleName() =>
        Suggest("explain --profile p.yaml --rule ").ShouldBe(Rules.KnowledgeBase.Rules.Select(r => r.Name), ignoreOrder: true);

    [Theory]
    [InlineData("explain --rule feasible", "feasible-build")]
    [InlineData("predict --model llama-3-7", "llama-3-70b")]
    [InlineData("predict --quant Q4_K", "Q4_K_M")]
    [InlineData("predict --quant exl2", "exl2-4.25")]
    [InlineData("predict --gpu rtx-30", "rtx-3090")]
    [InlineData("predict --gpu dgx", "dgx-spark")]
    public void AKnowledgeBaseValue_IsCompletedFromWhatWasTyped(string line, string expected)
    {
        var typed = line[(line.LastIndexOf(' ') + 1)..];
        var values = Suggest(line);

        values.ShouldContain(expected);
        values.Where(v => !v.Contains(typed, StringComparison.OrdinalIgnoreCase)).ShouldBeEmpty();
    }

    [Fact]
    public void EveryCompletedQuantization_IsOneThatQuantAccepts()
    {
        var quantizations = Domain.Catalog.CatalogLoader.LoadDefault().Quantizations;
        var offered = Suggest("predict --quant ");

        offered.Length.ShouldBe(quantizations.Count);
        offered.Select(q => quantizations.Find(q).Id).ShouldBeUnique();
    }

    [Fact]
    public void TheCursor_NotTheEndOfTheLine_SaysWhatIsCompleted()
    {
        const string line = "recommend --format j --profile p.yaml";

        Suggest(line, position: "recommend --format j".Length).ShouldBe(["json"]);
    }

    [Fact]
    public void TheSuggestDirective_IsNotBadInput_EvenWhenARequiredOptionIsMissing()
    {
        var result = CliRunner.Run("[suggest:19]", "recommend --format ");

        result.ExitCode.ShouldBe(0);
        result.Error.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("x")]
    [InlineData("-1")]
    public void AMalformedCursorPosition_IsBadInput(string position) =>
        CliRunner.Run($"[suggest:{position}]", "catalog ").ShouldBeBadInput().ShouldContain("cursor position");

    [Fact]
    public void TheParserOffersTheSameValues_ToAnyOtherCompletionHost() =>
        ExpertRigCli.CreateRootCommand().Parse("predict --vendor ").GetCompletions().Select(c => c.Label).ShouldBe(["amd", "apple", "nvidia"]);

    private static IEnumerable<string> Missing(IEnumerable<string> expected, string[] offered) => expected.Except(offered);

    private static string[] Suggest(string line, int? position = null)
    {
        var result = CliRunner.Run($"[suggest:{position ?? line.Length}]", line);
        result.ExitCode.ShouldBe(0, result.Error);
        result.Error.ShouldBeEmpty();
        return result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
