using ExpertRig.Advisor.View;
using ExpertRig.Cli.Wizard;
using Terminal.Gui.Input;

namespace ExpertRig.Cli.Tests.Wizard;

/// <summary>Ctrl+S and Ctrl+P: the report always matches the answers, and no existing file is replaced without asking.</summary>
[Collection(WizardCollection.Name)]
public sealed class WizardSavingTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("expertrig-wizard-").FullName;

    private static Advisor.Advisor Advisor => ExpertRig.Advisor.Advisor.Default;

    private static Domain.Catalog.Catalog Catalog => Advisor.Knowledge.Catalog;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void CtrlS_AfterAnAnswerChanged_SavesTheReportOfTheCurrentAnswers()
    {
        using var wizard = WizardHarness.Start();
        wizard.ReachResults();
        wizard.Press(WizardKeys.Back, WizardKeys.Back, WizardKeys.Back, WizardKeys.Back).WaitFor("3/6 Budget");
        wizard.Type("2000").WaitFor("2000");
        var report = Path.Combine(folder, "report.md");

        wizard.Press(WizardKeys.SaveReport).WaitFor("Save the report as");
        wizard.Type(report).Press(Key.Enter).WaitFor("Report saved to");

        var current = wizard.OnUi(() => wizard.Window.Answers.ToProfile(Catalog));
        current.BudgetUsd.ShouldBe(2000);
        File.ReadAllText(report).ShouldBe(Reporting.ReportRenderer.Shipped().Render(RecommendationViewBuilder.From(Advisor.Consult(current))));
        wizard.OnUi(() => wizard.Window.Outcome!.Consultation.Profile).ShouldBe(current);
        wizard.Screen().ShouldContain("3/6 Budget");
    }

    [Fact]
    public void CtrlS_AfterAnAnswerChangedToAProblem_RefusesAndSaysWhy()
    {
        using var wizard = WizardHarness.Start();
        wizard.ReachResults();
        wizard.Press(WizardKeys.Back, WizardKeys.Back, WizardKeys.Back, WizardKeys.Back).WaitFor("3/6 Budget");
        wizard.Type("0").WaitFor("✗ must be more than 0");

        wizard.Press(WizardKeys.SaveReport).WaitFor("Report not saved");

        wizard.OnUi(() => wizard.Window.Message).ShouldBe("Report not saved: the answers changed since the results; fix Budget first: must be more than 0");
        wizard.Screen().ShouldNotContain("Save the report as");
        Directory.EnumerateFileSystemEntries(folder).ShouldBeEmpty();
    }

    [Fact]
    public void CtrlS_OntoTheLoadedProfile_IsRefused_EvenWhenTheUserSaysReplace()
    {
        var path = Path.Combine(folder, "mine.yaml");
        const string text = "# my notes\nworkloads:\n  - model: llama-3-70b\nbudget_usd: 9000\n";
        File.WriteAllText(path, text);
        var profile = Advisor.ProfileLoader.Load(path);
        using var wizard = WizardHarness.Start(Cli.Wizard.Answers.WizardAnswers.From(profile), new WizardOptions(ProfilePath: path));
        wizard.ReachResults();

        wizard.Press(WizardKeys.SaveReport).WaitFor("Save the report as");
        wizard.Type(path).Press(Key.Enter).WaitFor("already exists");
        wizard.Press(Key.R.WithAlt).WaitFor("Report not saved");

        wizard.OnUi(() => wizard.Window.Message).ShouldContain("is also the --profile input; write to another file");
        File.ReadAllText(path).ShouldBe(text);
        Directory.EnumerateFileSystemEntries(folder).ShouldBe([path]);
    }

    [Fact]
    public void CtrlP_OntoAnExistingFile_AsksFirst_AndKeepsItByDefault()
    {
        var path = Path.Combine(folder, "mine.yaml");
        File.WriteAllText(path, "# my notes\nworkloads:\n  - model: llama-3-70b\nbudget_usd: 9000\n");
        var profile = Advisor.ProfileLoader.Load(path);
        using var wizard = WizardHarness.Start(Cli.Wizard.Answers.WizardAnswers.From(profile), new WizardOptions(ProfilePath: path));
        wizard.WaitFor("1/6 Workloads");

        wizard.Press(WizardKeys.SaveProfile).WaitFor("Save the answers as a profile").ShouldContain(path);
        wizard.Press(Key.Enter).WaitFor("already exists");
        wizard.Press(Key.Enter).WaitFor("Profile not saved");

        File.ReadAllText(path).ShouldStartWith("# my notes\n");
        wizard.OnUi(() => wizard.Window.Message).ShouldBe($"Profile not saved: kept the existing {path}");
    }

    [Fact]
    public void CtrlP_OntoAnExistingFile_ReplacesItWhenTheUserSaysSo()
    {
        var path = Path.Combine(folder, "mine.yaml");
        File.WriteAllText(path, "# my notes\n");
        using var wizard = WizardHarness.Start();
        wizard.WaitFor("1/6 Workloads");

        wizard.Press(WizardKeys.SaveProfile).WaitFor("Save the answers as a profile");
        wizard.Type(path).Press(Key.Enter).WaitFor("already exists");
        wizard.Press(Key.R.WithAlt).WaitFor("Profile saved to");

        Advisor.ProfileLoader.Load(path).ShouldBe(wizard.OnUi(() => wizard.Window.Answers.ToProfile(Catalog)));
    }

    [Fact]
    public void CtrlS_OntoAnExistingFile_AsksFirst_AndEscKeepsIt()
    {
        var path = Path.Combine(folder, "report.md");
        File.WriteAllText(path, "old report\n");
        using var wizard = WizardHarness.Start();
        wizard.ReachResults();

        wizard.Press(WizardKeys.SaveReport).WaitFor("Save the report as");
        wizard.Type(path).Press(Key.Enter).WaitFor("already exists");
        wizard.Press(Key.Esc).WaitFor("Report not saved");

        File.ReadAllText(path).ShouldBe("old report\n");
    }

    [Fact]
    public void TheOutputReport_IsReplacedWithoutAsking()
    {
        var path = Path.Combine(folder, "report.md");
        File.WriteAllText(path, "old report\n");
        using var wizard = WizardHarness.Start(options: new WizardOptions(OutputPath: path));
        wizard.ReachResults();
        wizard.WaitFor("Report saved to");
        File.WriteAllText(path, "old report\n");

        wizard.Press(WizardKeys.SaveReport).WaitFor("Report saved to");

        wizard.Screen().ShouldNotContain("already exists");
        File.ReadAllText(path).ShouldBe(Reporting.ReportRenderer.Shipped().Render(wizard.OnUi(() => wizard.Window.Outcome!.View)));
    }
}
