using ExpertRig.Cli.Wizard;
using Terminal.Gui.Input;
using Xunit.Abstractions;

namespace ExpertRig.Cli.Tests.Wizard;

[Collection(WizardCollection.Name)]
public sealed class ExploreTests(ITestOutputHelper output)
{
    [Fact]
    public void Explore()
    {
        using var h = WizardHarness.Start();
        h.WaitFor("Workloads");
        h.Press(Key.Enter, Key.Enter, Key.Enter, Key.Enter, Key.Enter, Key.Enter);
        h.WaitFor("Results");
        h.Press(Key.F2);
        h.WaitFor("Why?");
        foreach (var line in h.OnUi(() => h.Window.PageText))
        {
            output.WriteLine(line);
        }

        h.Press(Key.B.WithAlt, Key.B.WithAlt);
        output.WriteLine(h.WaitFor("Review"));
        h.Press(Key.Esc);
        output.WriteLine(h.WaitFor("Quit"));
        h.Press(Key.Esc);
        Thread.Sleep(200);
        output.WriteLine(h.Screen());
        h.Press(Key.P.WithCtrl);
        Thread.Sleep(200);
        output.WriteLine(h.Screen());
        h.Type("/tmp/wiz-explore.yaml");
        h.Press(Key.Enter);
        Thread.Sleep(200);
        output.WriteLine(h.Screen());
        h.Press(Key.Esc);
        Thread.Sleep(200);
        h.Press(Key.Q.WithAlt);
        Thread.Sleep(200);
        output.WriteLine("ended: " + h.Ended);
    }
}
