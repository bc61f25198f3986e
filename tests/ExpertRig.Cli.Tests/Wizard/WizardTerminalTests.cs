namespace ExpertRig.Cli.Tests.Wizard;

/// <summary>The real built program in an 80×24 tmux terminal, as a person uses it: keys in, screen out.</summary>
[Collection(WizardCollection.Name)]
public sealed class WizardTerminalTests
{
    [TmuxFact]
    public void EnterThroughTheWizard_InARealTerminal_ShowsResultsAndWritesTheReport()
    {
        var folder = Directory.CreateTempSubdirectory("expertrig-tmux-").FullName;
        try
        {
            var report = Path.Combine(folder, "x.md");
            using var terminal = TmuxSession.Start(80, 24, "wizard", "--output", report);
            terminal.WaitUntil(s => s.Contains("1/6 Workloads") && s.Contains("Esc  Quit"), "the first step and its keys");

            foreach (var step in new[] { "2/6 Users and use", "3/6 Budget", "4/6 Environment", "5/6 Priorities", "6/6 Review" })
            {
                terminal.Send("Enter").WaitFor(step);
            }

            terminal.Send("Enter");
            terminal.WaitUntil(s => s.Contains("Report saved to") && s.Contains("Results:") && s.Contains("#1 ") && s.Contains("┤█"), "the results with the chart");
            File.ReadAllText(report).ShouldStartWith("#");

            // Ctrl+S must reach the program through a real tty (no XON/XOFF flow control eating it).
            File.Delete(report);
            terminal.Send("C-s");
            SpinWait.SpinUntil(() => File.Exists(report), TimeSpan.FromSeconds(30)).ShouldBeTrue("Ctrl+S did not write the report again");

            terminal.Send("Enter").WaitFor("Bill of materials");
            terminal.Send("F2").WaitFor("Why? #1");
            terminal.Send("M-b").WaitFor("Build #1");
            terminal.Send("M-b").WaitFor("Results:");

            // capture-pane drops trailing blanks, so the frame's border lines tell the width the program drew.
            terminal.Resize(100, 30);
            terminal.WaitUntil(s => FrameWidth(s) == 100 && s.Contains("Esc  Quit"), "the results redrawn 100 columns wide");
            terminal.Resize(80, 24);
            terminal.WaitUntil(s => FrameWidth(s) == 80 && s.Contains("Esc  Quit"), "the results redrawn 80 columns wide");

            terminal.Send("Escape").WaitFor("Quit ExpertRig");
            terminal.Send("M-q").WaitFor("[exit 0]");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [TmuxFact]
    public void NoArguments_InARealTerminal_OpensTheWizard()
    {
        using var terminal = TmuxSession.Start(80, 24);

        terminal.WaitUntil(s => s.Contains("1/6 Workloads") && s.Contains("Enter  Next"), "the first step and its keys");
        terminal.Send("Escape").WaitFor("Quit ExpertRig");
        terminal.Send("M-q").WaitFor("[exit 0]");
    }

    private static int FrameWidth(string screen) =>
        screen.Split('\n').Where(l => l.StartsWith('╭') && l.EndsWith('╮')).Select(l => l.Length).DefaultIfEmpty(0).Max();
}
