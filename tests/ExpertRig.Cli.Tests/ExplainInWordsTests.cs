using ExpertRig.Cli.Tests.Support;

namespace ExpertRig.Cli.Tests;

/// <summary><c>explain --rule</c> answers in sentences about the domain; the engine's C# text only under --verbose.</summary>
public sealed class ExplainInWordsTests
{
    [Fact]
    public void ARuleThatDidNotFire_IsExplainedInWords()
    {
        var result = CliRunner.Run("explain", "--profile", Repository.Example("typical.yaml"), "--rule", "vllm-launch");

        result.ExitCode.ShouldBe(0, result.Error);
        result.Output.ShouldStartWith("Rule 'vllm-launch' did not fire: no software choice satisfies this: it is for this build and it runs vLLM.");
        result.Output.ShouldNotContain("=>");
        result.Output.ShouldNotContain("ReferenceEquals");
    }

    [Theory]
    [InlineData("macos-means-a-mac", "your profile's OS is macOS")]
    [InlineData("no-feasible-build", "it needs there to be no feasible build, and there is one")]
    [InlineData("card-length-fits-the-case", "its GPU length (mm) is more than its case max GPU length (mm)")]
    public void EveryKindOfCondition_ReadsAsASentence(string rule, string words)
    {
        var output = CliRunner.Run("explain", "--profile", Repository.Example("typical.yaml"), "--rule", rule).Output;

        output.ShouldContain(words);
        output.ShouldNotContain("=>");
        output.ShouldNotContain("&&");
    }

    [Fact]
    public void Verbose_AddsTheEnginesOwnAccount()
    {
        var output = CliRunner.Run("explain", "--profile", Repository.Example("typical.yaml"), "--rule", "vllm-launch", "--verbose").Output;

        output.ShouldContain("engine: rule 'vllm-launch' did not fire: pattern 2 (Exists<SoftwareChoice>)");
        output.ShouldContain("s.Engine == Vllm");
    }

    [Fact]
    public void Json_CarriesTheConditionOnlyUnderVerbose()
    {
        var plain = CliRunner.Run("explain", "--profile", Repository.Example("typical.yaml"), "--rule", "vllm-launch", "--format", "json").Output;
        var verbose = CliRunner.Run("explain", "--profile", Repository.Example("typical.yaml"), "--rule", "vllm-launch", "--format", "json", "--verbose").Output;

        plain.ShouldNotContain("ReferenceEquals");
        verbose.ShouldContain("ReferenceEquals");
    }
}
