using ExpertRig.Cli.Tests.Support;
using ExpertRig.Cli.Wizard;
using ExpertRig.Cli.Wizard.Answers;
using ExpertRig.Domain.Profiles;
using Terminal.Gui.Input;

namespace ExpertRig.Cli.Tests.Wizard;

/// <summary>A person at the keyboard: the real window on a headless ANSI driver, driven only by keys, read off the screen.</summary>
[Collection(WizardCollection.Name)]
public sealed class WizardWalkthroughTests
{
    private static Domain.Catalog.Catalog Catalog => Advisor.Advisor.Default.Knowledge.Catalog;

    [Fact]
    public void PressingEnter_FromTheFirstScreen_ReachesTheResults_WithTheDefaults()
    {
        using var wizard = WizardHarness.Start();
        wizard.WaitFor("1/6 Workloads");

        foreach (var step in new[] { "2/6 Users and use", "3/6 Budget", "4/6 Environment", "5/6 Priorities", "6/6 Review" })
        {
            wizard.Press(Key.Enter).WaitFor(step);
        }

        wizard.Press(Key.Enter);
        var screen = wizard.WaitFor("Results:");

        screen.ShouldContain("#1 ");
        screen.ShouldContain("tok/s");
        wizard.OnUi(() => wizard.Window.Screen).ShouldBe(WizardScreen.Results);
        var profile = wizard.OnUi(() => wizard.Window.Outcome!.Consultation.Profile);
        profile.ShouldBe(WizardAnswers.Defaults(Catalog).ToProfile(Catalog));
        profile.Workloads.ShouldHaveSingleItem().Model.ShouldBe("llama-3-8b");
        profile.BudgetUsd.ShouldBe(5000);
    }

    [Fact]
    public void TheResults_ShowEveryRankedBuild_WithItsPriceAndABar()
    {
        // The composer ranks a dozen builds for the default answers: a terminal tall enough to list and chart them all.
        using var wizard = WizardHarness.Start(width: 120, height: 60);
        wizard.WaitFor("1/6 Workloads");
        var screen = wizard.ReachResults();
        var builds = wizard.OnUi(() => wizard.Window.Outcome!.View.Builds);

        builds.ShouldNotBeEmpty();
        foreach (var build in builds)
        {
            screen.ShouldContain($"{build.Rank,2}. ");
            screen.ShouldContain(Dollars(build.TotalPriceUsd));
            screen.ShouldContain(Cli.Wizard.Results.TokensChart.Label(build.Rank, build.Workloads[0].DecodeTokensPerS) + "┤█");
        }
    }

    [Fact]
    public void Back_KeepsTheAnswers_AndAChangedAnswerReachesTheResults()
    {
        using var wizard = WizardHarness.Start();
        wizard.WaitFor("1/6 Workloads");
        wizard.Press(Key.Enter, Key.Enter).WaitFor("3/6 Budget");
        wizard.Type("8000").WaitFor("8000");
        wizard.Press(Key.Enter).WaitFor("4/6 Environment");

        wizard.Press(WizardKeys.Back).WaitFor("3/6 Budget").ShouldContain("8000");
        wizard.Press(WizardKeys.Back).WaitFor("2/6 Users and use");
        wizard.Press(Key.Enter).WaitFor("3/6 Budget").ShouldContain("8000");
        wizard.Press(Key.Enter, Key.Enter, Key.Enter).WaitFor("6/6 Review").ShouldContain("budget_usd: 8000");
        wizard.Press(Key.Enter).WaitFor("Results:");

        wizard.OnUi(() => wizard.Window.Outcome!.Consultation.Profile.BudgetUsd).ShouldBe(8000);
    }

    [Fact]
    public void ABadBudget_IsShownBesideTheField_AndNextStaysOnTheStep()
    {
        using var wizard = WizardHarness.Start();
        wizard.WaitFor("1/6 Workloads");
        wizard.Press(Key.Enter, Key.Enter).WaitFor("3/6 Budget");

        wizard.Type("0");
        var screen = wizard.WaitFor("✗ must be more than 0");
        LineOf(screen, "✗ must be more than 0").ShouldBe(LineOf(screen, "Total budget") + 1);

        wizard.Press(Key.Enter).WaitFor("Fix the answer marked ✗");
        wizard.Screen().ShouldContain("3/6 Budget");

        wizard.Type("6500").WaitUntil(s => !s.Contains('✗'), "the error to go");
        wizard.Press(Key.Enter).WaitFor("4/6 Environment");
    }

    [Fact]
    public void Workloads_AreAddedAndDeletedWithTheirKeys_AndOneIsRequired()
    {
        using var wizard = WizardHarness.Start();
        wizard.WaitFor("1/6 Workloads");

        wizard.Press(WizardKeys.AddWorkload, Key.CursorDown, Key.CursorDown);
        wizard.WaitUntil(s => s.Split('\n').Count(l => l.Contains(" auto 8k")) == 2, "two workloads");
        wizard.OnUi(() => wizard.Window.Answers.Workloads.Select(w => w.Model).ToList()).ShouldBe(["llama-3-8b", "llama-3.1-405b"]);

        wizard.Press(WizardKeys.DeleteWorkload, WizardKeys.DeleteWorkload);
        wizard.WaitFor("✗ add at least one workload");
        wizard.Press(Key.Enter).WaitFor("Fix the answer marked ✗");
        wizard.Screen().ShouldContain("1/6 Workloads");

        wizard.Press(WizardKeys.AddWorkload).WaitUntil(s => !s.Contains('✗'), "the error to go");
        wizard.Press(Key.Enter).WaitFor("2/6 Users and use");
    }

    [Fact]
    public void EnterOnABuild_ShowsItsBillOfMaterials_AndF2ShowsWhy()
    {
        using var wizard = WizardHarness.Start();
        wizard.WaitFor("1/6 Workloads");
        wizard.ReachResults();
        var first = wizard.OnUi(() => wizard.Window.Outcome!.View.Builds[0]);

        wizard.Press(Key.Enter).WaitFor($"Build #1: {first.Title}").ShouldContain("Bill of materials");
        var page = wizard.OnUi(() => wizard.Window.PageText);
        foreach (var part in first.Components)
        {
            page.ShouldContain(l => l.Contains(part.Name, StringComparison.Ordinal));
        }

        page.ShouldContain(l => l.StartsWith("Warnings", StringComparison.Ordinal));

        wizard.Press(WizardKeys.Why).WaitFor($"Why? #1 {first.Title}");
        var why = wizard.OnUi(() => wizard.Window.PageText);
        why.ShouldContain("How the rule base concluded it is feasible (Why):");
        why.ShouldContain(l => l.Contains("<- 'feasible-build'", StringComparison.Ordinal));
        var rejected = wizard.OnUi(() => wizard.Window.Outcome!.View.Rejected);
        foreach (var alternative in rejected)
        {
            why.ShouldContain(l => l.StartsWith($"✗ {alternative.Title}", StringComparison.Ordinal));
        }

        why.Count(l => l.Contains("concluded by '", StringComparison.Ordinal)).ShouldBeGreaterThanOrEqualTo(rejected.Count);

        wizard.Press(WizardKeys.Back).WaitFor($"Build #1: {first.Title}");
        wizard.Press(WizardKeys.Back).WaitFor("Results:");
        wizard.Press(WizardKeys.Back).WaitFor("6/6 Review");
    }

    [Fact]
    public void CtrlS_AsksWhereToSave_AndWritesTheReport()
    {
        var folder = Directory.CreateTempSubdirectory("expertrig-wizard-").FullName;
        try
        {
            using var wizard = WizardHarness.Start();
            wizard.WaitFor("1/6 Workloads");
            wizard.ReachResults();
            var report = Path.Combine(folder, "mine.md");

            wizard.Press(WizardKeys.SaveReport).WaitFor("Save the report as").ShouldContain(WizardDefaults.ReportFileName);
            wizard.Type(report).Press(Key.Enter).WaitFor("Report saved to");
            wizard.OnUi(() => wizard.Window.Message).ShouldBe($"Report saved to {report}");

            var view = wizard.OnUi(() => wizard.Window.Outcome!.View);
            File.ReadAllText(report).ShouldBe(Reporting.ReportRenderer.Shipped().Render(view));
            File.ReadAllText(report).ShouldContain(view.Builds[0].Title);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void WithOutput_TheReportIsWritten_AsSoonAsTheResultsAreReady()
    {
        var folder = Directory.CreateTempSubdirectory("expertrig-wizard-").FullName;
        try
        {
            var report = Path.Combine(folder, "report.md");
            using var wizard = WizardHarness.Start(options: new WizardOptions(OutputPath: report));
            wizard.WaitFor("1/6 Workloads");

            wizard.ReachResults();
            wizard.WaitFor("Report saved to");

            File.ReadAllText(report).ShouldContain(wizard.OnUi(() => wizard.Window.Outcome!.View.Builds[0].Title));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void CtrlP_SavesTheAnswers_AsAProfileThatLoadsBack()
    {
        var folder = Directory.CreateTempSubdirectory("expertrig-wizard-").FullName;
        try
        {
            using var wizard = WizardHarness.Start();
            wizard.WaitFor("1/6 Workloads");
            wizard.Press(Key.Enter).WaitFor("2/6 Users and use");
            wizard.Type("3").Press(Key.Tab, Key.Space);
            var path = Path.Combine(folder, "answers.yaml");

            wizard.Press(WizardKeys.SaveProfile).WaitFor("Save the answers as a profile");
            wizard.Type(path).Press(Key.Enter).WaitFor("Profile saved to");

            var saved = Advisor.Advisor.Default.ProfileLoader.Load(path);
            saved.ConcurrentUsers.ShouldBe(3);
            saved.FineTuning.ShouldBeTrue();
            saved.ShouldBe(wizard.OnUi(() => wizard.Window.Answers.ToProfile(Catalog)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Esc_AsksBeforeQuitting()
    {
        using var wizard = WizardHarness.Start();
        wizard.WaitFor("1/6 Workloads");

        wizard.Press(Key.Esc).WaitFor("Quit ExpertRig");
        wizard.Press(Key.Esc).WaitUntil(s => !s.Contains("Quit ExpertRig", StringComparison.Ordinal), "the question to close");
        wizard.Ended.ShouldBeFalse();

        wizard.Press(Key.Esc).WaitFor("Quit ExpertRig");
        wizard.Press(Key.Q.WithAlt);
        wizard.WaitForExit().ShouldBeTrue();
    }

    [Fact]
    public void AProfile_PrefillsTheAnswers_AndEnterWalksThemToTheResults()
    {
        var profile = Advisor.Advisor.Default.ProfileLoader.Load(Repository.Example("typical.yaml"));
        using var wizard = WizardHarness.Start(WizardAnswers.From(profile));

        wizard.WaitFor("1/6 Workloads").ShouldContain("llama-3-70b Q4_K_M 8k ≥15/s");
        wizard.Press(Key.Enter, Key.Enter).WaitFor("3/6 Budget").ShouldContain("8,000");
        wizard.Press(Key.Enter).WaitFor("4/6 Environment");
        wizard.Press(Key.Enter, Key.Enter).WaitFor("6/6 Review").ShouldContain("os: linux");
        wizard.Press(Key.Enter).WaitFor("Results:");

        wizard.OnUi(() => wizard.Window.Outcome!.Consultation.Profile).ShouldBe(profile);
    }

    [Fact]
    public void EveryScreen_ShowsItsKeys_OnTheBottomLine()
    {
        using var wizard = WizardHarness.Start();
        wizard.WaitFor("1/6 Workloads");
        BottomLine(wizard).ShouldContain("Enter  Next");
        BottomLine(wizard).ShouldContain("Esc  Quit");
        wizard.Screen().ShouldContain("Alt+A add a workload");

        wizard.ReachResults();
        BottomLine(wizard).ShouldContain("F2  Why?");
        BottomLine(wizard).ShouldContain("Ctrl+S  Report");
        BottomLine(wizard).ShouldContain("Ctrl+P  Profile");
        BottomLine(wizard).ShouldContain("Alt+B  Answers");

        wizard.Press(Key.Enter).WaitFor("Build #1");
        BottomLine(wizard).ShouldContain("Alt+B  Builds");
        wizard.Press(WizardKeys.Why).WaitFor("Why? #1");
        BottomLine(wizard).ShouldContain("Alt+B  Back");
    }

    [Fact]
    public void TheResults_Redraw_WhenTheTerminalIsResized()
    {
        using var wizard = WizardHarness.Start();
        wizard.WaitFor("1/6 Workloads");
        wizard.ReachResults();
        var top = wizard.OnUi(() => wizard.Window.Outcome!.View.Builds[0]);

        foreach (var (width, height) in new[] { (120, 40), (80, 24), (100, 30) })
        {
            wizard.Resize(width, height);
            var lines = wizard.WaitUntil(s => s.Split('\n').Length == height && s.Split('\n')[0].Length == width, $"a {width}×{height} screen").Split('\n');

            lines[^1].ShouldContain("Esc  Quit");
            lines.ShouldContain(l => l.Contains(Cli.Wizard.Results.TokensChart.Label(1, top.Workloads[0].DecodeTokensPerS) + "┤█", StringComparison.Ordinal));
            // The longest bar reaches the chart's right edge at every width.
            lines.ShouldContain(l => l.Contains("█││", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Priorities_AreSaved_InTheOrderTheyAreTicked()
    {
        using var wizard = WizardHarness.Start();
        wizard.WaitFor("1/6 Workloads");
        wizard.Press(Key.Enter, Key.Enter, Key.Enter, Key.Enter).WaitFor("5/6 Priorities");

        wizard.Press(Key.Tab, Key.Space, Key.Tab, Key.Tab, Key.Tab, Key.Space);
        wizard.WaitFor("Ranking favours cost, then simplicity.");
        wizard.Press(Key.Enter).WaitFor("6/6 Review");

        wizard.OnUi(() => wizard.Window.PageText).ShouldContain("priorities: [cost, simplicity]");
    }

    [Fact]
    public void ArrowsChangeAChoice_AndEnterGoesOnWithoutChangingIt()
    {
        using var wizard = WizardHarness.Start();
        wizard.WaitFor("1/6 Workloads");
        wizard.Press(Key.Enter, Key.Enter, Key.Enter).WaitFor("4/6 Environment");

        wizard.Press(Key.CursorLeft, Key.Tab, Key.CursorRight, Key.Tab, Key.F4);
        wizard.WaitFor("32a-230v");
        wizard.Press(Key.CursorDown, Key.CursorDown, Key.Enter);
        wizard.OnUi(() => wizard.Window.Answers.Circuit).ShouldBe(Domain.Profiles.Circuit.Amps15Volts240);
        wizard.Press(Key.Enter).WaitFor("5/6 Priorities");
        wizard.Press(Key.Enter).WaitFor("6/6 Review");

        var review = wizard.OnUi(() => wizard.Window.PageText);
        review.ShouldContain("os: macos");
        review.ShouldContain("privacy: air-gapped");
        review.ShouldContain("circuit: 15a-240v");
    }

    [Fact]
    public void AQuantization_ChosenFromTheList_ReachesTheProfile()
    {
        using var wizard = WizardHarness.Start();
        wizard.WaitFor("1/6 Workloads");
        var first = Catalog.Quantizations[0].Name;

        wizard.Press(Key.Tab, Key.CursorDown).WaitFor($"llama-3-8b {first} 8k");
        wizard.Press(Key.Tab).Type("4096").Press(Key.Tab).Type("25");
        wizard.WaitFor($"llama-3-8b {first} 4k ≥25/s");
        wizard.Press(Key.Enter).WaitFor("2/6 Users and use");

        wizard.OnUi(() => wizard.Window.Answers.ToProfile(Catalog).Workloads[0]).ShouldBe(new Workload("llama-3-8b", first, 4096, 25));
    }

    [Fact]
    public void WithNoFeasibleBuild_WhyListsEveryRejectedAlternative_WithItsRules()
    {
        using var wizard = WizardHarness.Start();
        wizard.WaitFor("1/6 Workloads");
        wizard.Press(Key.Enter, Key.Enter).WaitFor("3/6 Budget");
        wizard.Type("100");
        wizard.Press(Key.Enter, Key.Enter, Key.Enter).WaitFor("6/6 Review");
        wizard.Press(Key.Enter).WaitFor("No build meets every need");

        wizard.Press(WizardKeys.Why).WaitFor("Why? The rejected alternatives");
        var why = wizard.OnUi(() => wizard.Window.PageText);
        var rejected = wizard.OnUi(() => wizard.Window.Outcome!.View.Rejected);
        rejected.ShouldNotBeEmpty();
        foreach (var alternative in rejected)
        {
            why.ShouldContain(l => l.StartsWith($"✗ {alternative.Title}", StringComparison.Ordinal));
            foreach (var rule in alternative.Because)
            {
                why.ShouldContain(l => l.Contains(rule.Text, StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void Why_FollowsTheSelectedBuild()
    {
        using var wizard = WizardHarness.Start();
        wizard.WaitFor("1/6 Workloads");
        wizard.ReachResults();
        var second = wizard.OnUi(() => wizard.Window.Outcome!.View.Builds[1]);

        wizard.Press(Key.CursorDown, WizardKeys.Why).WaitFor($"Why? #2 {second.Title}");

        wizard.OnUi(() => wizard.Window.PageText).ShouldContain(l => l.StartsWith("Rank: " + second.ScoreExplanation, StringComparison.Ordinal));
    }

    private static string BottomLine(WizardHarness wizard) => wizard.Lines()[^1];

    private static int LineOf(string screen, string text) =>
        Array.FindIndex(screen.Split('\n'), l => l.Contains(text, StringComparison.Ordinal));

    private static string Dollars(double usd) => Domain.Figures.WholeUsd(usd);
}
