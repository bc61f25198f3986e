using ExpertRig.Cli.Wizard.Steps;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace ExpertRig.Cli.Wizard.Results;

/// <summary>A framed, scrolling page of text with its keys on the first line: a build's details, or its "Why?".</summary>
internal sealed class PageScreen : FrameView
{
    private readonly ReadingPane pane = new() { X = 0, Y = 1, Width = Dim.Fill(), Height = Dim.Fill() };
    private readonly Label keys;

    public PageScreen()
    {
        Width = Dim.Fill();
        Height = Dim.Fill();
        keys = StepControls.Label("", 0, 0);
        keys.Width = Dim.Fill();
        Add(keys, pane);
    }

    /// <summary>The text on show.</summary>
    public IReadOnlyList<string> Lines => pane.Paragraphs;

    /// <summary>Shows a page: its frame title, the keys that work on it, and its lines.</summary>
    public void Show(string title, string keyHint, IEnumerable<string> text)
    {
        Title = title;
        keys.Text = keyHint;
        pane.Show(text);
    }

    /// <summary>Gives the focus to the text so the arrow keys scroll it.</summary>
    public void FocusText() => pane.SetFocus();
}
