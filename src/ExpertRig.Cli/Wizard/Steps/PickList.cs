using Terminal.Gui.Input;
using Terminal.Gui.Views;

namespace ExpertRig.Cli.Wizard.Steps;

/// <summary>
/// A read-only drop-down whose open list keeps Enter to itself: Enter picks the highlighted item and closes the
/// list. A plain drop-down lets that Enter go on to the step, where it also means Next.
/// </summary>
internal sealed class PickList : DropDownList
{
    /// <inheritdoc />
    protected override bool OnAccepting(CommandEventArgs args)
    {
        if (args.Context?.Source?.TryGetTarget(out var source) != true || source is not ListView list || ReferenceEquals(source, this))
        {
            return base.OnAccepting(args);
        }

        if (list.Value is { } index && list.Source?.ToList() is { } items && index >= 0 && index < items.Count)
        {
            Text = items[index]?.ToString() ?? "";
        }

        App?.Popovers?.Hide(App.Popovers.GetActivePopover());
        SetFocus();
        args.Handled = true;
        return true;
    }
}
