using ExpertRig.Cli.Tests.Support;

namespace ExpertRig.Cli.Tests.Wizard;

public sealed class WizardCommandTests
{
    [Fact]
    public void Wizard_WithoutATerminal_IsAOneLineError_WithExit2() =>
        CliRunner.Run("wizard").ShouldBeBadInput().ShouldContain("needs an interactive terminal");

    [Fact]
    public void NoArguments_WithoutATerminal_PrintsHelpListingTheWizard_AndExits2()
    {
        var result = CliRunner.Run();

        result.ExitCode.ShouldBe(2);
        result.Output.ShouldContain("wizard");
        result.Error.ShouldContain("no command given");
    }

    [Fact]
    public void TheRealProgram_WithRedirectedInput_DoesNotWaitForATerminal()
    {
        var result = CliRunner.RunProcess();

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("no command given");
        CliRunner.RunProcess("wizard").ShouldBeBadInput().ShouldContain("interactive terminal");
    }

    [Fact]
    public void Wizard_WithItsOutputNamingItsProfile_IsRefusedBeforeItStarts_AndTheProfileIsKept()
    {
        var profile = Path.Combine(Path.GetTempPath(), $"expertrig-wizard-same-{Guid.NewGuid():N}.yaml");
        const string text = "workloads:\n  - model: llama-3-70b\n";
        File.WriteAllText(profile, text);
        try
        {
            CliRunner.Run("wizard", "--profile", profile, "--output", profile).ShouldBeBadInput().ShouldContain("is also the --profile input");
            File.ReadAllText(profile).ShouldBe(text);
        }
        finally
        {
            File.Delete(profile);
        }
    }
}
