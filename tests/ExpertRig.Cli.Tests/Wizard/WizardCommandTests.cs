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
}
