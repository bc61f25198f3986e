using System.Drawing;
using System.Text;
using ExpertRig.Advisor.View;
using ExpertRig.Domain;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace ExpertRig.Cli.Wizard.Results;

/// <summary>
/// A horizontal bar per ranked build, rank 1 on top, as long as its predicted decode speed for the main workload;
/// the bars rescale to the chart's width whenever the terminal is resized.
/// </summary>
public sealed class TokensChart : GraphView
{
    private readonly BarSeries bars = new() { Orientation = Orientation.Horizontal };
    private double longest;

    /// <summary>An empty chart; <see cref="Show"/> gives it the builds.</summary>
    public TokensChart()
    {
        Series.Add(bars);
        AxisX.Visible = false;
        AxisX.Increment = 0;
        AxisY.Increment = 0;
        MarginBottom = 0;
        CanFocus = false;
        FrameChanged += (_, _) => Rescale();
    }

    /// <summary>The builds on show, best first, with the speed of their main workload.</summary>
    public void Show(IReadOnlyList<BuildView> builds)
    {
        bars.Bars.Clear();
        var speeds = builds.Select(b => (b.Rank, Speed: b.Workloads.Count > 0 ? b.Workloads[0].DecodeTokensPerS : 0)).ToList();
        // Graph space grows upwards, so the lowest rank goes in last to sit on top.
        foreach (var (rank, speed) in Enumerable.Reverse(speeds))
        {
            bars.Bars.Add(new BarSeriesBar(Label(rank, speed), new GraphCellToRender(new Rune('█')), (float)speed));
        }

        longest = speeds.Count == 0 ? 0 : speeds.Max(s => s.Speed);
        MarginLeft = (uint)(bars.Bars.Count == 0 ? 1 : bars.Bars.Max(b => b.Text.Length) + 1);
        Rescale();
    }

    /// <summary>The label of a bar: the rank and the speed, e.g. "#1 50.9".</summary>
    public static string Label(int rank, double speed) =>
        $"#{rank} {Figures.Speed(speed)}";

    private void Rescale()
    {
        var columns = Math.Max(2, Viewport.Width - (int)MarginLeft - 1);
        var rows = Math.Max(1, Viewport.Height - 1);
        CellSize = new PointF((float)Math.Max(longest, 1) / columns, 1);
        // Graph space starts at the bottom; scrolling by (bars - rows) puts rank 1 on the top row, with or without room to spare.
        ScrollOffset = new PointF(0, bars.Bars.Count - rows);
        SetNeedsDraw();
    }
}
