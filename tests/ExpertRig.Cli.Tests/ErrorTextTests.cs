using ExpertRig.Cli.Tests.Support;

namespace ExpertRig.Cli.Tests;

/// <summary>Error lines read as ExpertRig's own: no doubled punctuation, no .NET type names, suggestions to type.</summary>
public sealed class ErrorTextTests
{
    [Fact]
    public void AMistypedCommand_IsSuggestedWithoutDoubledPunctuation() =>
        CliRunner.Run("recomend").ShouldBeBadInput()
            .ShouldBe("expertrig: Unrecognized command or argument 'recomend'; did you mean 'recommend'? (see 'expertrig --help')");

    [Fact]
    public void AMistypedOption_SuggestsTheOption() =>
        CliRunner.Run("recommend", "--profile", "p.yaml", "--formt", "json").ShouldBeBadInput().ShouldContain("did you mean '--format'?");

    [Theory]
    [InlineData("recommend --profile p.yaml --top x", "--top: expected a whole number, got 'x'")]
    [InlineData("predict --model m --quant q --context abc", "--context: expected a whole number, got 'abc'")]
    [InlineData("predict --model m --quant q --memory-gb lots", "--memory-gb: expected a finite number such as 800 or 89.6, got 'lots'")]
    public void AValueOfTheWrongKind_SaysWhatIsAllowed_WithoutATypeName(string line, string expected)
    {
        var error = CliRunner.Run(line.Split(' ')).ShouldBeBadInput();

        error.ShouldContain(expected);
        error.ShouldNotContain("System.");
        error.ShouldNotContain(".;");
    }

    [Fact]
    public void AnUnknownModel_SuggestsIdsAsIds() =>
        CliRunner.Run("predict", "--model", "llama-3-70", "--quant", "Q4_K_M", "--gpu", "rtx-4090").ShouldBeBadInput()
            .ShouldContain("did you mean 'llama-3-70b'");

    [Fact]
    public void ExplainRule_MatchesTheRuleNameWhateverItsCase()
    {
        var result = CliRunner.Run("explain", "--profile", Repository.Example("typical.yaml"), "--rule", "Feasible-BUILD");

        result.ExitCode.ShouldBe(0, result.Error);
        result.Output.ShouldContain("rule 'feasible-build'");
    }
}
