using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;

namespace ExpertRig.Cli.Wizard;

/// <summary>
/// The message line above the status bar: one row, or two when a message needs them (word-wrapped), so a refusal
/// or a saved file's path is read in full at 80 columns; beyond two rows the text is cut with "…".
/// </summary>
internal sealed class MessageArea : View
{
    /// <summary>The most rows a message takes.</summary>
    public const int MaxRows = 2;

    private string message = "";

    /// <summary>The message on show.</summary>
    public string Message
    {
        get => message;
        set
        {
            message = value;
            // The rows it takes may change, and the window lays out the screen around them.
            SuperView?.SetNeedsLayout();
            SetNeedsDraw();
        }
    }

    /// <summary>How many rows the message takes at <paramref name="width"/> columns (1 to <see cref="MaxRows"/>).</summary>
    public int RowsAt(int width) => Math.Clamp(TextWrap.Wrap(message, Math.Max(1, width)).Count(), 1, MaxRows);

    /// <inheritdoc />
    protected override bool OnDrawingContent(DrawContext? context)
    {
        var width = Math.Max(1, Viewport.Width);
        var lines = TextWrap.Wrap(message, width).ToList();
        if (lines.Count > Viewport.Height && Viewport.Height > 0)
        {
            lines = [.. lines.Take(Viewport.Height - 1), OneLine.Fit(lines[Viewport.Height - 1] + " " + lines[Viewport.Height], width)];
        }

        SetAttributeForRole(VisualRole.Normal);
        for (var row = 0; row < Viewport.Height; row++)
        {
            AddStr(0, row, (row < lines.Count ? lines[row] : "").PadRight(width)[..width]);
        }

        return true;
    }
}
