using ExpertRig.Cli.Wizard;
using Terminal.Gui.Input;

namespace ExpertRig.Cli.Tests.Wizard;

/// <summary>
/// Issue 15: new results never silently replace the report an earlier one wrote to --output; the wizard asks, keeping
/// it is the default (Enter), and Alt+R replaces it.
/// </summary>
[Collection(WizardCollection.Name)]
public sealed class WizardOverwriteQuestionTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("expertrig-wizard-overwrite-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void ARecalculation_AsksBeforeReplacingTheOutput_AndKeepsItOnEnter()
    {
        var output = Path.Combine(folder, "report.md");
        using var wizard = WizardHarness.Start(options: new WizardOptions(OutputPath: output));
        wizard.ReachResults();
        wizard.WaitFor("Report saved to");
        var first = File.ReadAllText(output);

        Recalculate(wizard, "2000");
        wizard.WaitFor("The file already exists").ShouldContain("Replace it?");
        wizard.Press(Key.Enter).WaitFor("Report not saved");

        wizard.OnUi(() => wizard.Window.Message).ShouldBe($"Report not saved: kept the earlier results in {output}");
        File.ReadAllText(output).ShouldBe(first);
        wizard.OnUi(() => wizard.Window.Outcome!.Consultation.Profile.BudgetUsd).ShouldBe(2000);
    }

    [Fact]
    public void ARecalculation_ReplacesTheOutput_WhenTheUserSaysReplace()
    {
        var output = Path.Combine(folder, "report.md");
        using var wizard = WizardHarness.Start(options: new WizardOptions(OutputPath: output));
        wizard.ReachResults();
        wizard.WaitFor("Report saved to");
        var first = File.ReadAllText(output);

        Recalculate(wizard, "2000");
        wizard.WaitFor("The file already exists");
        wizard.Press(Key.R.WithAlt).WaitFor("Report saved to");

        var now = File.ReadAllText(output);
        now.ShouldNotBe(first);
        now.ShouldBe(Reporting.ReportRenderer.Shipped().Render(wizard.OnUi(() => wizard.Window.Outcome!.View)));
        Directory.EnumerateFileSystemEntries(folder).ShouldBe([output]);
    }

    // Back to the budget step, a new budget, then Enter through to the review and the results.
    private static void Recalculate(WizardHarness wizard, string budget)
    {
        wizard.Press(WizardKeys.Back, WizardKeys.Back, WizardKeys.Back, WizardKeys.Back).WaitFor("3/6 Budget");
        wizard.Type(budget).WaitFor(budget);
        wizard.Press(Key.Enter, Key.Enter, Key.Enter).WaitFor("6/6 Review");
        wizard.Press(Key.Enter);
    }
}
