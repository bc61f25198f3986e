using ExpertRig.Cli.Wizard.Answers;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Profiles;
using Terminal.Gui.ViewBase;

namespace ExpertRig.Cli.Wizard.Steps;

/// <summary>
/// Step 6: the answers exactly as they will be saved (the profile YAML), or the problems still to fix. Finish
/// consults the rule base.
/// </summary>
internal sealed class ReviewStep : QuestionStep
{
    private readonly ReadingPane review = new() { X = 0, Y = 2, Width = Dim.Fill(), Height = Dim.Fill() };

    public ReviewStep(WizardAnswers answers, Catalog catalog)
        : base("Review", answers, catalog)
    {
        Add(StepControls.Label("Your answers as a profile. Enter: see the builds · Alt+B: change an answer", 0, 0));
        Add(review);
    }

    /// <inheritdoc />
    public override View FirstField => review;

    /// <summary>The text on show (for tests and the end-to-end check).</summary>
    public IReadOnlyList<string> Lines => review.Paragraphs;

    /// <inheritdoc />
    public override void Load()
    {
        var problems = Answers.Problems(Catalog);
        review.Show(problems.Count == 0
            ? ProfileWriter.ToYaml(Answers.ToProfile(Catalog)).TrimEnd('\n').Split('\n')
            : ["These answers need fixing first (Alt+B goes back):", "", .. problems.Select(p => $"✗ {p.Field}: {p.Message}")]);
    }

    /// <inheritdoc />
    public override bool Owns(string field) => false;
}
