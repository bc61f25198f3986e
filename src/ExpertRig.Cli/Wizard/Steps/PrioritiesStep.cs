using ExpertRig.Cli.Wizard.Answers;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Profiles;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace ExpertRig.Cli.Wizard.Steps;

/// <summary>Step 5: what the ranking should favour; the order boxes are ticked in is the order of importance.</summary>
internal sealed class PrioritiesStep : QuestionStep
{
    private static readonly IReadOnlyDictionary<Priority, string> Meanings = new Dictionary<Priority, string>
    {
        [Priority.Speed] = "more tokens per second",
        [Priority.Cost] = "a lower price",
        [Priority.Quiet] = "less noise",
        [Priority.Power] = "a lower power draw",
        [Priority.Simplicity] = "fewer parts, less administration",
    };

    private readonly List<(Priority Priority, CheckBox Box)> boxes = [];
    private readonly Label order;

    public PrioritiesStep(WizardAnswers answers, Catalog catalog)
        : base("Priorities", answers, catalog)
    {
        Add(StepControls.Label("What should the ranking favour? Tick the most important first (Space).", 0, 0));
        var y = 2;
        // The wizard offers the priorities it has a meaning for; a profile file can name the others (quality).
        foreach (var (token, priority) in ProfileTokens.Priorities.Where(p => Meanings.ContainsKey(p.Value)))
        {
            var box = StepControls.Check($"{token,-11} {Meanings[priority]}", 0, y++, answers.Priorities.Contains(priority), on => Toggle(priority, on));
            boxes.Add((priority, box));
            Add(box);
        }

        order = StepControls.Label("", 0, y + 1);
        order.Width = Dim.Fill();
        Add(order);
        ShowOrder();
    }

    /// <inheritdoc />
    public override View FirstField => boxes[0].Box;

    /// <inheritdoc />
    public override void Load()
    {
        foreach (var (priority, box) in boxes)
        {
            StepControls.Set(box, Answers.Priorities.Contains(priority));
        }

        ShowOrder();
    }

    /// <inheritdoc />
    public override bool Owns(string field) => false;

    private void Toggle(Priority priority, bool on)
    {
        // Ticking appends, so the order of ticking is the order of importance; a box set from the answers is already listed.
        if (on && !Answers.Priorities.Contains(priority))
        {
            Answers.Priorities.Add(priority);
        }
        else if (!on)
        {
            Answers.Priorities.Remove(priority);
        }

        ShowOrder();
    }

    private void ShowOrder() => order.Text = Answers.Priorities.Count == 0
        ? "Nothing ticked: the ranking weighs every need evenly."
        : "Ranking favours " + string.Join(", then ", Answers.Priorities.Select(ProfileTokens.ToToken)) + ".";
}
