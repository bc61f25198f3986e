using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace ExpertRig.Cli.Wizard.Steps;

/// <summary>
/// A row of options where ←→ change the choice at once and Enter never does: Enter means Next in the
/// questionnaire, so it must not quietly pick whichever option the cursor happened to be on.
/// </summary>
internal sealed class ChoiceSelector : OptionSelector
{
    public ChoiceSelector()
    {
        Orientation = Orientation.Horizontal;
        // Tab leaves the row (to the next field) instead of stepping through its options.
        TabBehavior = Terminal.Gui.ViewBase.TabBehavior.NoStop;
        KeyDown += (_, key) =>
        {
            var step = key == Key.CursorLeft || key == Key.CursorUp ? -1 : key == Key.CursorRight || key == Key.CursorDown ? 1 : 0;
            if (step != 0 && Labels is { Count: > 0 } labels)
            {
                Value = Math.Clamp((Value ?? 0) + step, 0, labels.Count - 1);
                FocusedItem = Value.Value;
                key.Handled = true;
            }
        };
        // Arriving with Tab puts the cursor on the current choice, not on the first option.
        HasFocusChanged += (_, e) =>
        {
            if (e.NewValue && Value is { } chosen)
            {
                FocusedItem = chosen;
            }
        };
    }

    /// <inheritdoc />
    protected override bool ActivateOnAccept => false;
}
