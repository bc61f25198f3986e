using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace ExpertRig.Cli.Wizard;

/// <summary>
/// Read-only text that wraps to the pane's width and scrolls with ↑↓, PgUp/PgDn, Home/End; the last line says when
/// there is more below. Used for the review, a build's bill of materials and the "Why?" audit trail.
/// </summary>
internal sealed class ReadingPane : View
{
    private IReadOnlyList<string> paragraphs = [];
    private List<string> lines = [];
    private int wrappedFor = -1;
    private int top;

    public ReadingPane()
    {
        CanFocus = true;
        AddCommand(Command.Up, () => ScrollTo(top - 1));
        AddCommand(Command.Down, () => ScrollTo(top + 1));
        AddCommand(Command.PageUp, () => ScrollTo(top - Math.Max(1, Viewport.Height - 1)));
        AddCommand(Command.PageDown, () => ScrollTo(top + Math.Max(1, Viewport.Height - 1)));
        AddCommand(Command.Start, () => ScrollTo(0));
        AddCommand(Command.End, () => ScrollTo(int.MaxValue));
        KeyBindings.Add(Key.CursorUp, Command.Up);
        KeyBindings.Add(Key.CursorDown, Command.Down);
        KeyBindings.Add(Key.PageUp, Command.PageUp);
        KeyBindings.Add(Key.PageDown, Command.PageDown);
        KeyBindings.Add(Key.Home, Command.Start);
        KeyBindings.Add(Key.End, Command.End);
    }

    /// <summary>Every line of the text, unwrapped, as last shown.</summary>
    public IReadOnlyList<string> Paragraphs => paragraphs;

    /// <summary>Replaces the text and scrolls back to its top.</summary>
    public void Show(IEnumerable<string> text)
    {
        paragraphs = [.. text];
        wrappedFor = -1;
        top = 0;
        SetNeedsDraw();
    }

    /// <inheritdoc />
    protected override bool OnDrawingContent(DrawContext? context)
    {
        var width = Math.Max(1, Viewport.Width);
        if (width != wrappedFor)
        {
            lines = [.. paragraphs.SelectMany(p => TextWrap.Wrap(p, width))];
            wrappedFor = width;
        }

        top = Math.Clamp(top, 0, Math.Max(0, lines.Count - Viewport.Height));
        SetAttributeForRole(Terminal.Gui.Drawing.VisualRole.Normal);
        for (var row = 0; row < Viewport.Height; row++)
        {
            var index = top + row;
            var text = index < lines.Count ? lines[index] : "";
            if (row == Viewport.Height - 1 && index < lines.Count - 1)
            {
                text = $"↓ {lines.Count - index} more lines (PgDn)";
            }

            AddStr(0, row, text.PadRight(width)[..width]);
        }

        return true;
    }

    private bool? ScrollTo(int line)
    {
        top = Math.Clamp(line, 0, Math.Max(0, lines.Count - Viewport.Height));
        SetNeedsDraw();
        return true;
    }
}
