using System.Text;

namespace ExpertRig.Cli.Output;

/// <summary>A plain fixed-width text table for terminal output.</summary>
public sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    /// <summary>Adds a row; missing cells are blank.</summary>
    public TextTable Add(params string[] cells)
    {
        _rows.Add(cells);
        return this;
    }

    /// <summary>The table as text, columns padded to their widest cell.</summary>
    public override string ToString()
    {
        var widths = headers.Select((h, i) => _rows.Select(r => i < r.Length ? r[i].Length : 0).Prepend(h.Length).Max()).ToArray();
        var text = new StringBuilder();
        Line(text, headers, widths);
        Line(text, [.. widths.Select(w => new string('-', w))], widths);
        foreach (var row in _rows)
        {
            Line(text, row, widths);
        }

        return text.ToString();
    }

    private static void Line(StringBuilder text, string[] cells, int[] widths)
    {
        var padded = widths.Select((w, i) => (i < cells.Length ? cells[i] : "").PadRight(w));
        text.Append(string.Join("  ", padded).TrimEnd()).Append('\n');
    }
}
