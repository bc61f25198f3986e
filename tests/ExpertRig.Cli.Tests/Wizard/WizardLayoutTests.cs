using System.Text.RegularExpressions;
using ExpertRig.Cli.Wizard;
using Terminal.Gui.Input;

namespace ExpertRig.Cli.Tests.Wizard;

/// <summary>What the screen shows fits where it is shown: error rows, the message area, the results, the review, a build's page.</summary>
[Collection(WizardCollection.Name)]
public sealed partial class WizardLayoutTests
{
    private static Domain.Catalog.Catalog Catalog => Advisor.Advisor.Default.Knowledge.Catalog;

    [Fact]
    public void AContextAboveTheModelsMaximum_IsMarkedOnOneRow_AndTheSpeedRowStaysIntact()
    {
        using var wizard = WizardHarness.Start();
        wizard.WaitFor("1/6 Workloads");

        wizard.Press(Key.CursorDown, Key.Tab, Key.Tab).Type("32768");
        var lines = wizard.WaitFor("✗ must be at most 8,192").Split('\n');

        var error = Array.FindIndex(lines, l => l.Contains("✗ must", StringComparison.Ordinal));
        lines[error].TrimEnd().ShouldEndWith("┃");
        lines[error + 1].ShouldStartWith("┃" + new string(' ', 36) + "Speed ");
        lines[error + 1].ShouldNotContain("maximum");
    }

    [Fact]
    public void TheOpenQuantizationList_StaysInsideTheWindow_AtEightyByTwentyFour_AndScrollsToEveryQuantization()
    {
        using var wizard = WizardHarness.Start();
        wizard.WaitFor("1/6 Workloads");
        var quants = Catalog.Quantizations.Select(q => q.Name).ToList();

        var lines = wizard.Press(Key.Tab, Key.F4).WaitFor(quants[1]).Split('\n');

        var border = Array.FindIndex(lines, l => l.StartsWith('┗'));
        border.ShouldBeGreaterThan(0);
        lines[border].Trim().Trim('┗', '┛', '━').ShouldBeEmpty("the window's bottom border is whole");
        lines.Skip(border + 1).ShouldAllBe(l => !quants.Any(q => l.Contains(" " + q + " ", StringComparison.Ordinal)), "no quantization below the window");
        lines[^1].ShouldContain("Esc  Quit");

        // The last quantization is reached by scrolling, and Enter picks it.
        wizard.Press([.. Enumerable.Repeat(Key.CursorDown, quants.Count)]);
        var scrolled = wizard.WaitFor(quants[^1]).Split('\n');
        Array.FindIndex(scrolled, l => l.Contains(quants[^1], StringComparison.Ordinal)).ShouldBeLessThan(border);
        wizard.Press(Key.Enter);
        wizard.OnUi(() => wizard.Window.Answers.Workloads[0].Quant).ShouldBe(quants[^1]);
    }

    [Fact]
    public void TheResultsList_ShowsEachBuildsQuantization_BesideItsSpeed_AtEightyByTwentyFour()
    {
        using var wizard = WizardHarness.Start();
        var screen = wizard.ReachResults().Split('\n');

        var builds = wizard.OnUi(() => wizard.Window.Outcome!.View.Builds);
        builds.ShouldNotBeEmpty();
        var row = screen.First(l => l.Contains(" 1. ", StringComparison.Ordinal));
        var quant = builds[0].Workloads[0].Quant;
        row.ShouldContain(" " + (quant.Length > 9 ? quant[..8] + "…" : quant) + " ");
        row.IndexOf(quant[..Math.Min(quant.Length, 8)], StringComparison.Ordinal).ShouldBeLessThan(row.IndexOf("tok/s", StringComparison.Ordinal));
        screen.ShouldAllBe(l => l.Length <= 80);
    }

    [Fact]
    public void TheEnvironmentStep_DrawsNothingPastTheRightBorder_AtEightyByTwentyFour_AndF4ListsEveryCircuit()
    {
        using var wizard = WizardHarness.Start();
        wizard.WaitFor("1/6 Workloads");
        var lines = wizard.Press(Key.Enter, Key.Enter, Key.Enter).WaitFor("4/6 Environment").Split('\n');

        var top = Array.FindIndex(lines, l => l.StartsWith('┏'));
        var bottom = Array.FindIndex(lines, l => l.StartsWith('┗'));
        bottom.ShouldBeGreaterThan(top);
        var width = lines[top].TrimEnd().Length;
        var buttons = Array.FindIndex(lines, l => l.Contains('⟦', StringComparison.Ordinal));
        foreach (var line in lines[(top + 1)..bottom])
        {
            line.TrimEnd().Length.ShouldBe(width, $"the window row is as wide as its top border: {line}");
            line.TrimEnd().ShouldEndWith("┃", customMessage: $"nothing is drawn over the right border: {line}");
            (Array.IndexOf(lines, line) >= buttons ? ' ' : line.TrimEnd()[^2]).ShouldBe(' ', $"no field row (the buttons sit at the border by design) runs into the border, where the window clips it (the old Circuit row ended '○ 1┃'): {line}");
        }

        lines.ShouldContain(l => l.StartsWith("┃Circuit", StringComparison.Ordinal) && l.Contains("15a-120v", StringComparison.Ordinal));

        // F4 on the circuit opens the list of every circuit; the last one is reached by scrolling and Enter picks it.
        var circuits = Domain.Profiles.ProfileTokens.Circuits;
        wizard.Press(Key.Tab, Key.Tab, Key.F4).WaitFor(circuits[1].Key);
        wizard.Press([.. Enumerable.Repeat(Key.CursorDown, circuits.Count)]);
        wizard.WaitFor(circuits[^1].Key);
        wizard.Press(Key.Enter);
        wizard.OnUi(() => wizard.Window.Answers.Circuit).ShouldBe(circuits[^1].Value);
    }

    [Fact]
    public void ALongElectricityError_FitsItsRow_AndLeavesUsePerDayAlone()
    {
        using var wizard = WizardHarness.Start();
        wizard.WaitFor("1/6 Workloads");
        wizard.Press(Key.Enter, Key.Enter, Key.Enter).WaitFor("4/6 Environment");

        wizard.Press(Key.Tab, Key.Tab, Key.Tab).Type("x");
        var lines = wizard.WaitFor("✗ 'x' is not a number").Split('\n');

        var error = Array.FindIndex(lines, l => l.Contains('✗'));
        lines[error].TrimEnd().ShouldEndWith("┃");
        lines[error + 1].ShouldStartWith("┃Use per day   8 ");
        lines[error + 1].ShouldNotContain("5");
    }

    [Fact]
    public void ATypedWordOfAnyLength_NeverWrapsItsErrorOntoTheNextRow()
    {
        using var wizard = WizardHarness.Start();
        wizard.WaitFor("1/6 Workloads");
        wizard.Press(Key.Enter, Key.Enter).WaitFor("3/6 Budget");

        wizard.Type("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz");
        var lines = wizard.WaitFor("✗ ").Split('\n');

        var error = Array.FindIndex(lines, l => l.Contains('✗'));
        lines[error].ShouldContain("…");
        lines[error + 1].Trim('┃', ' ').ShouldBeEmpty();
    }

    [Fact]
    public void CtrlPsRefusal_IsShownInFull()
    {
        using var wizard = WizardHarness.Start();
        wizard.WaitFor("1/6 Workloads");
        wizard.Press(Key.CursorDown, Key.Tab, Key.Tab).Type("32768").WaitFor("✗");

        wizard.Press(WizardKeys.SaveProfile).WaitFor("Cannot save the profile yet");

        var message = wizard.OnUi(() => wizard.Window.Message);
        message.ShouldEndWith("(llama-3-70b's maximum)");
        ShowsInFull(wizard.Lines(), message);
    }

    [Fact]
    public void WithNoFeasibleBuild_TheSummaryIsShownInFull()
    {
        using var wizard = WizardHarness.Start();
        wizard.WaitFor("1/6 Workloads");
        wizard.Press(Key.Enter, Key.Enter).WaitFor("3/6 Budget");
        wizard.Type("100").Press(Key.Enter, Key.Enter, Key.Enter).WaitFor("6/6 Review");

        var lines = wizard.Press(Key.Enter).WaitFor("Nothing to chart").Split('\n');

        var summary = lines[1].Trim('│', ' ');
        summary.ShouldStartWith("No build meets every need");
        summary.ShouldContain("Alt+B");
        summary.ShouldEndWith(".");
    }

    [Fact]
    public void TheReview_SaysThereIsMore_InASmallTerminal()
    {
        using var wizard = WizardHarness.Start();
        wizard.WaitFor("1/6 Workloads");
        wizard.Press(Key.Enter, Key.Enter, Key.Enter, Key.Enter, Key.Enter).WaitFor("6/6 Review");

        wizard.Resize(60, 16);

        var lines = wizard.WaitFor("more lines (PgDn)").Split('\n');
        lines.ShouldContain(l => l.StartsWith("┃# ExpertRig profile", StringComparison.Ordinal) && l.TrimEnd().EndsWith('┃'));
    }

    [Fact]
    public void AQuestionStep_WaitsForALargerTerminal_InsteadOfHidingFields()
    {
        using var wizard = WizardHarness.Start(width: 60, height: 16);

        wizard.WaitFor("This terminal is 60×16");
        wizard.Press(Key.Enter, Key.Tab).Type("9");

        var screen = wizard.Screen();
        Regex.Replace(screen, @"[\s│┃]+", " ").ShouldContain("the questions need at least 80×24 to show every field. Enlarge the window and the wizard goes on at 1/6 Workloads");
        screen.ShouldNotContain("Speed");
        screen.Split('\n')[^1].ShouldNotContain("Next");
        wizard.OnUi(() => wizard.Window.Screen).ShouldBe(WizardScreen.Questions);
        wizard.OnUi(() => wizard.Window.Answers.Workloads.Count).ShouldBe(1);
        wizard.OnUi(() => wizard.Window.Answers.Workloads[0].SpeedText).ShouldBeEmpty();

        wizard.Resize(80, 24);

        screen = wizard.WaitFor("Speed");
        screen.ShouldContain("1/6 Workloads");
        screen.ShouldContain("Quant ↑↓");
        screen.ShouldNotContain("This terminal is");
        screen.Split('\n')[^1].ShouldContain("Next");
    }

    [Fact]
    public void EveryQuestionStep_ShowsEveryField_AtTheSmallestSizeItAllows()
    {
        using var wizard = WizardHarness.Start(width: SmallTerminalNotice.MinWidth, height: SmallTerminalNotice.MinHeight);

        wizard.WaitFor("Speed").ShouldNotContain("This terminal is");
        wizard.Press(Key.Enter).WaitFor("Other GPU uses");
        wizard.Press(Key.Enter).WaitFor("Used hardware is fine");
        var environment = wizard.Press(Key.Enter).WaitFor("ECC memory required");
        environment.ShouldContain("Circuit");
        environment.ShouldContain("15a-120v", Case.Sensitive, "the circuit drop-down shows its value");
        environment.ShouldContain("Use per day");
        wizard.Press(Key.Enter).WaitFor("simplicity");
    }

    [Fact]
    public void ABuildsPage_SaysThePsuCapacityNeeded_AndThePsuFitted()
    {
        using var wizard = WizardHarness.Start();
        wizard.WaitFor("1/6 Workloads");
        wizard.Press(Key.Enter, Key.Enter, Key.Enter, Key.Enter, Key.Enter).WaitFor("6/6 Review");
        wizard.Press(Key.Enter).WaitFor("Results:");
        var builds = wizard.OnUi(() => wizard.Window.Outcome!.View.Builds);
        var index = builds.ToList().FindIndex(b => b.Components.Any(c => c.Category == "psu"));
        var build = builds[index];
        var psu = build.Components.Single(c => c.Category == "psu");
        var fitted = Catalog.FindPowerSupply(psu.Id).Watts * psu.Quantity;

        wizard.Press([.. Enumerable.Repeat(Key.CursorDown, index), Key.Enter]).WaitFor($"Build #{build.Rank}:");

        var power = wizard.OnUi(() => wizard.Window.PageText).Single(l => l.StartsWith("Power:", StringComparison.Ordinal));
        var match = PsuText().Match(power);
        match.Success.ShouldBeTrue(power);
        Watts(match.Groups["needed"].Value).ShouldBe(build.Power!.PsuW);
        Watts(match.Groups["fitted"].Value).ShouldBe(fitted);
    }

    /// <summary>Every word of <paramref name="text"/> is on the screen, in order, on the last rows above the status bar.</summary>
    private static void ShowsInFull(string[] lines, string text)
    {
        var shown = string.Join(' ', lines[^4..^1].Select(l => l.Trim()));
        Regex.Replace(shown, " +", " ").ShouldContain(text);
    }

    private static double Watts(string text) => double.Parse(text.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"PSU needed ≥ (?<needed>[\d,]+) W \(fitted (?<fitted>[\d,]+) W\)")]
    private static partial Regex PsuText();
}
