using System.Text;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace ExpertRig.Cli.Wizard.Steps;

/// <summary>The few control shapes the steps repeat, built one way.</summary>
internal static class StepControls
{
    // Catalog words contain underscores (Q4_K_M); with no hot-key specifier a label shows them as typed.
    private static readonly Rune NoHotKey = new(0xFFFF);

    /// <summary>A label that shows <paramref name="text"/> exactly (no hot-key underlining).</summary>
    public static Label Label(string text, Pos x, Pos y) => new() { Text = text, X = x, Y = y, HotKeySpecifier = NoHotKey };

    /// <summary>A one-line text field that keeps <paramref name="onChange"/> informed of every edit.</summary>
    public static TextField Field(string text, Pos x, Pos y, int width, Action<string> onChange)
    {
        var field = new TextField { Text = text, X = x, Y = y, Width = width };
        field.TextChanged += (_, _) => onChange(field.Text);
        return field;
    }

    /// <summary>A check box whose state is reported to <paramref name="onChange"/>.</summary>
    public static CheckBox Check(string text, Pos x, Pos y, bool value, Action<bool> onChange)
    {
        var box = new CheckBox { Text = text, X = x, Y = y, Value = value ? CheckState.Checked : CheckState.UnChecked, HotKeySpecifier = NoHotKey };
        box.ValueChanged += (_, e) => onChange(e.NewValue == CheckState.Checked);
        return box;
    }

    /// <summary>Shows an answer in a check box.</summary>
    public static void Set(CheckBox box, bool value) => box.Value = value ? CheckState.Checked : CheckState.UnChecked;

    /// <summary>A horizontal set of options labelled with the profile file's own words, reporting the chosen value.</summary>
    public static ChoiceSelector Choice<T>(IReadOnlyList<KeyValuePair<string, T>> options, Pos x, Pos y, Action<T> onChange)
        where T : struct, Enum
    {
        var selector = new ChoiceSelector
        {
            X = x,
            Y = y,
            Labels = [.. options.Select(o => o.Key)],
        };
        selector.ValueChanged += (_, e) =>
        {
            if (e.NewValue is { } index && index >= 0 && index < options.Count)
            {
                onChange(options[index].Value);
            }
        };
        return selector;
    }

    /// <summary>Shows an answer in a set of options.</summary>
    public static void Set<T>(OptionSelector selector, IReadOnlyList<KeyValuePair<string, T>> options, T value)
        where T : struct, Enum =>
        selector.Value = options.Select((o, i) => (o, i)).First(p => EqualityComparer<T>.Default.Equals(p.o.Value, value)).i;
}
