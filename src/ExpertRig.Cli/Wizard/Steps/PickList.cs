using System.Drawing;
using Terminal.Gui.App;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace ExpertRig.Cli.Wizard.Steps;

/// <summary>
/// A read-only drop-down whose open list keeps Enter to itself: Enter picks the highlighted item and closes the
/// list. A plain drop-down lets that Enter go on to the step, where it also means Next. Its open list stays inside
/// the frame around it: Terminal.Gui sizes the list to the screen, so at 80×24 the quantization list ran over the
/// window's border, the message line and the status bar; here it ends on the last row inside the frame and scrolls.
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

    // The application whose popovers are watched for this drop-down's list (null until it first has the focus).
    private IApplication? watched;

    /// <inheritdoc />
    protected override void OnHasFocusChanged(bool newHasFocus, View? previousFocusedView, View? focusedView)
    {
        base.OnHasFocusChanged(newHasFocus, previousFocusedView, focusedView);
        if (!newHasFocus || App?.Popovers is not { } popovers || ReferenceEquals(watched, App))
        {
            return;
        }

        // The list's popover is registered the first time it opens; each time it becomes visible it is fitted.
        watched = App;
        popovers.PopoverRegistered += (_, registered) => Watch(registered.Value);
        foreach (var popover in popovers.Popovers)
        {
            Watch(popover);
        }
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        watched = null;
        base.Dispose(disposing);
    }

    private void Watch(IPopoverView popover)
    {
        if (popover is Popover<ListView, string> list && list.TryGetTarget(out var target) && ReferenceEquals(target, this))
        {
            list.VisibleChanged += (_, _) =>
            {
                if (list.Visible && watched is not null)
                {
                    FitOpenList();
                }
            };
        }
    }

    /// <summary>The rows from the top of the open list to the last row inside every frame around this drop-down.</summary>
    internal static int RowsInside(int listTop, IEnumerable<int> viewportBottoms) => Math.Max(1, viewportBottoms.Min() - listTop);

    // When this drop-down's list is open, caps its height at the rows left inside the innermost enclosing viewport.
    private void FitOpenList()
    {
        if (App?.Popovers?.GetActivePopover() is not Popover<ListView, string> popover
            || !popover.TryGetTarget(out var target) || !ReferenceEquals(target, this) || popover.ContentView is not { } list)
        {
            return;
        }

        var bottoms = new List<int>();
        for (var view = SuperView; view is not null; view = view.SuperView)
        {
            var viewport = view.ViewportToScreen(new Rectangle(Point.Empty, view.Viewport.Size));
            bottoms.Add(viewport.Bottom);
        }

        if (bottoms.Count == 0)
        {
            return;
        }

        var top = ViewportToScreen(new Rectangle(Point.Empty, Viewport.Size)).Bottom;
        list.Height = Dim.Auto(DimAutoStyle.Content, minimumContentDim: 1, maximumContentDim: RowsInside(top, bottoms));
    }
}
