using System.Drawing;
using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;

namespace ExpertRig.Cli.Wizard;

/// <summary>
/// Stands in for a question step when the terminal is smaller than the steps' layout, which would otherwise cut
/// fields off unseen (at 60×16 the Environment step hid the 30 A circuit, hours per day and ECC). The pages (review,
/// results, a build, its "Why?") scroll, so they work at any size and never show this.
/// </summary>
public sealed class SmallTerminalNotice : View
{
    /// <summary>Columns the widest step needs (the Workloads editor beside its list), borders included.</summary>
    public const int MinWidth = 80;

    /// <summary>
    /// Rows the tallest step needs: the Workloads step's 15 rows (the speed field's error line last), the wizard's
    /// buttons and borders, a two-row message and the status bar. Checked under tmux: at 80×22 the speed error line
    /// is cut off, at 80×23 it shows until a message takes its second row.
    /// </summary>
    public const int MinHeight = 24;

    private string step = "";
    private Size terminal;

    /// <summary>Creates the notice, hidden until a question step does not fit.</summary>
    public SmallTerminalNotice()
    {
        Width = Dim.Fill();
        Height = Dim.Fill();
        Visible = false;
        CanFocus = true;
    }

    /// <summary>Whether a terminal of <paramref name="size"/> shows every field of every step.</summary>
    public static bool Fits(Size size) => size.Width >= MinWidth && size.Height >= MinHeight;

    // The text on show, one paragraph per entry.
    private IReadOnlyList<string> Paragraphs =>
    [
        $"This terminal is {terminal.Width}×{terminal.Height}: the questions need at least {MinWidth}×{MinHeight} to show every field.",
        $"Enlarge the window and the wizard goes on at {step}, with every answer kept.",
        "Esc quits · Ctrl+P saves the answers as a profile; 'expertrig recommend --profile <file>' works in any terminal.",
    ];

    /// <summary>Says which step waits and how large the terminal is.</summary>
    public void Show(string stepTitle, Size terminalSize)
    {
        step = stepTitle;
        terminal = terminalSize;
        SetNeedsDraw();
    }

    /// <inheritdoc />
    protected override bool OnDrawingContent(DrawContext? context)
    {
        var width = Math.Max(1, Viewport.Width - 2);
        var lines = Paragraphs.SelectMany(p => TextWrap.Wrap(p, width).Append("")).ToList();
        SetAttributeForRole(VisualRole.Normal);
        for (var row = 0; row < Viewport.Height; row++)
        {
            AddStr(0, row, (row < lines.Count ? " " + lines[row] : "").PadRight(Viewport.Width)[..Viewport.Width]);
        }

        return true;
    }
}
