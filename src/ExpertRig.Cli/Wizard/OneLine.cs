using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;

namespace ExpertRig.Cli.Wizard;

/// <summary>
/// One row of text that never spills onto the row below: a text longer than the row is cut with "…". Used where a
/// row sits right above another field or line (the error under a field, a screen's summary).
/// </summary>
internal sealed class OneLine : View
{
    private string line = "";

    public OneLine()
    {
        Height = 1;
    }

    /// <summary>The text, whole (what is drawn may be cut).</summary>
    public string Line
    {
        get => line;
        set
        {
            line = value;
            SetNeedsDraw();
        }
    }

    /// <summary><paramref name="text"/> cut to <paramref name="width"/> columns, ending in "…" when it had to be cut.</summary>
    public static string Fit(string text, int width) =>
        text.Length <= width ? text : width <= 1 ? new string('…', Math.Max(0, width)) : text[..(width - 1)].TrimEnd() + "…";

    /// <inheritdoc />
    protected override bool OnDrawingContent(DrawContext? context)
    {
        var width = Math.Max(0, Viewport.Width);
        SetAttributeForRole(VisualRole.Normal);
        AddStr(0, 0, Fit(line, width).PadRight(width));
        return true;
    }
}
