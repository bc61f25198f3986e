using ExpertRig.Cli.Wizard;
using Terminal.Gui.Input;

namespace ExpertRig.Cli.Tests.Wizard;

/// <summary>The Workloads step at the keyboard: the quantization drop-down, the list of workloads and the model list.</summary>
[Collection(WizardCollection.Name)]
public sealed class WizardWorkloadsTests
{
    private static Domain.Catalog.Catalog Catalog => Advisor.Advisor.Default.Knowledge.Catalog;

    [Fact]
    public void EnterInTheOpenQuantList_PicksTheQuantization_AndStaysOnTheStep()
    {
        using var wizard = WizardHarness.Start();
        wizard.WaitFor("1/6 Workloads");
        var first = Catalog.Quantizations[0].Name;
        var second = Catalog.Quantizations[1].Name;

        wizard.Press(Key.Tab, Key.F4).WaitFor(second);
        wizard.Press(Key.CursorDown, Key.Enter).WaitFor($"llama-3-8b {first} 8k");

        wizard.Screen().ShouldContain("1/6 Workloads");
        wizard.OnUi(() => wizard.Window.Answers.Workloads[0].Quant).ShouldBe(first);
        wizard.Press(Key.Enter).WaitFor("2/6 Users and use");
    }

    [Fact]
    public void AltA_AtEightWorkloads_SaysWhyNothingWasAdded()
    {
        using var wizard = WizardHarness.Start();
        wizard.WaitFor("1/6 Workloads");
        for (var i = 1; i < 8; i++)
        {
            wizard.Press(WizardKeys.AddWorkload);
        }

        wizard.OnUi(() => wizard.Window.Answers.Workloads.Count).ShouldBe(8);

        wizard.Press(WizardKeys.AddWorkload).WaitFor("At most 8 workloads");

        wizard.OnUi(() => wizard.Window.Answers.Workloads.Count).ShouldBe(8);
        wizard.OnUi(() => wizard.Window.Message).ShouldBe("At most 8 workloads: delete one (Alt+D) to add another.");
    }

    [Fact]
    public void DeletingEveryWorkload_EmptiesTheFieldsOnTheRight()
    {
        using var wizard = WizardHarness.Start();
        wizard.WaitFor("1/6 Workloads");
        wizard.Press(Key.Tab, Key.CursorDown, Key.Tab).Type("4096").Press(Key.Tab).Type("25");
        wizard.WaitFor("≥25/s");

        var lines = wizard.Press(WizardKeys.DeleteWorkload).WaitFor("✗ add at least one workload").Split('\n');

        Row(lines, "Quant ↑↓").ShouldNotContain(Catalog.Quantizations[0].Name);
        Row(lines, "Context").ShouldNotContain("4096");
        Row(lines, "Context").ShouldNotContain("max");
        Row(lines, "Speed").ShouldNotContain("25");
    }

    [Fact]
    public void TheModelList_KeepsItsColumnsInLine_ForTheLongestModelId()
    {
        using var wizard = WizardHarness.Start();
        wizard.WaitFor("1/6 Workloads");
        var longest = Catalog.Models.MaxBy(m => m.Id.Length)!.Id;
        var index = Catalog.Models.Select(m => m.Id).ToList().IndexOf(longest);

        wizard.Press([.. Enumerable.Repeat(Key.CursorDown, index - 1)]).WaitFor(longest + " ");

        var modelRows = wizard.Lines().Where(l => l.Contains(" ctx", StringComparison.Ordinal)).ToList();
        modelRows.Count.ShouldBeGreaterThan(3);
        modelRows.Select(l => l.IndexOf(" ctx", StringComparison.Ordinal)).Distinct().ShouldHaveSingleItem();
        modelRows.Select(l => l.IndexOf("B ", StringComparison.Ordinal)).Distinct().ShouldHaveSingleItem();
    }

    private static string Row(string[] lines, string caption) => lines.Single(l => l.Contains(caption, StringComparison.Ordinal));
}
