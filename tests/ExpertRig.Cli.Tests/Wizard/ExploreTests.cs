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
        output.WriteLine(h.WaitFor("Workloads"));
        for (var i = 0; i < 6; i++)
        {
            h.Press(Key.Enter);
            Thread.Sleep(300);
            output.WriteLine($"---- after Enter {i + 1}");
            output.WriteLine(h.Screen());
        }

        output.WriteLine(h.WaitFor("Results"));
        h.Press(Key.Enter);
        output.WriteLine(h.Screen());
        h.Press(Key.F2);
        output.WriteLine(h.Screen());
    }
}
