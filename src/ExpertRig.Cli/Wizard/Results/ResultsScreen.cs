using System.Collections.ObjectModel;
using ExpertRig.Advisor.View;
using ExpertRig.Cli.Wizard.Steps;
using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace ExpertRig.Cli.Wizard.Results;

/// <summary>
/// The ranked builds with price and predicted speed, and a bar chart of the speeds; Enter opens the selected build,
/// F2 its audit trail.
/// </summary>
internal sealed class ResultsScreen : FrameView
{
    // 4 + 30 + 1 + 9 + 1 + 9 + 1 + 7 + 6 = 68 columns: the line fits an 80-column window inside its frame.
    private const int TitleWidth = 30;
    private readonly ObservableCollection<string> lines = [];
    private readonly ListView list;
    private readonly TokensChart chart;
    private readonly OneLine summary = new() { X = 0, Y = 0, Width = Dim.Fill() };
    private IReadOnlyList<BuildView> builds = [];

    public ResultsScreen()
    {
        Width = Dim.Fill();
        Height = Dim.Fill();
        Add(summary, StepControls.Label("↑↓ choose a build · Enter: bill of materials & warnings · F2: Why?", 0, 1));
        // As tall as the list of builds, up to half the screen; the chart takes the rest.
        list = new ListView { X = 0, Y = 2, Width = Dim.Fill() };
        list.Height = Dim.Func(_ => Math.Clamp(lines.Count, 1, Math.Max(3, (Viewport.Height - 2) / 2)));
        list.SetSource(lines);
        list.Accepting += (_, e) =>
        {
            e.Handled = true;
            if (Selected is { } build)
            {
                Opened?.Invoke(this, build);
            }
        };
        chart = new TokensChart { X = 0, Y = Pos.Bottom(list), Width = Dim.Fill(), Height = Dim.Fill(), BorderStyle = LineStyle.Single };
        Add(list, chart);
        Add(empty);
    }

    // Shown instead of the chart when nothing is feasible: an empty chart would fill the screen with nothing.
    private readonly Label empty = new()
    {
        X = 0, Y = 3, Width = Dim.Fill(), Visible = false,
        Text = "Nothing to chart: no build is feasible. F2: why each was rejected.",
    };

    /// <summary>Raised when the user opens a build (Enter).</summary>
    public event EventHandler<BuildView>? Opened;

    /// <summary>The build under the cursor, or null when nothing is feasible.</summary>
    public BuildView? Selected => list.Value is { } i && i >= 0 && i < builds.Count ? builds[i] : null;

    /// <summary>Shows a recommendation.</summary>
    public void Show(RecommendationView view)
    {
        builds = view.Builds;
        Title = $"ExpertRig - Results: {Plural(view.Builds.Count, "build")} fit, {view.Rejected.Count} rejected";
        // One row of 78 columns at 80: short enough to be read whole.
        summary.Line = view.Builds.Count == 0
            ? "No build meets every need. F2: why each was rejected · Alt+B: change answers."
            : $"Ranked: price, quantization and decode tok/s per user of {view.Needs.Workloads[0].Model}.";
        lines.Clear();
        foreach (var build in view.Builds)
        {
            lines.Add(BuildText.ListLine(build, TitleWidth));
        }

        chart.Title = view.Builds.Count == 0 ? "No feasible build" : $"Predicted tok/s per user, {view.Needs.Workloads[0].Model}";
        chart.Show(view.Builds);
        chart.Visible = view.Builds.Count > 0;
        empty.Visible = view.Builds.Count == 0;
        if (lines.Count > 0)
        {
            list.Value = 0;
        }
    }

    /// <summary>Gives the focus to the list of builds.</summary>
    public void FocusList() => list.SetFocus();

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
