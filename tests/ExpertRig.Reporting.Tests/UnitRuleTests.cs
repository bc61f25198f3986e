using System.Text.RegularExpressions;
using ExpertRig.Reporting.Tests.Support;

namespace ExpertRig.Reporting.Tests;

/// <summary>
/// Issue 15's unit rule, over the rendered report of every example profile: sizes are decimal GB; the vendors' GiB
/// appear only in the one sentence per build that explains a marketed size ("sold as 24 GB: vendors count memory in
/// GiB, 2^30 bytes"), never as a unit of their own, and no size is written in MiB, TiB or "GB (GiB)" pairs.
/// </summary>
public sealed partial class UnitRuleTests
{
    public static TheoryData<string> Examples() => [.. Repository.ExampleProfileNames];

    [Theory]
    [MemberData(nameof(Examples))]
    public void GiB_AppearOnlyInTheExplanationOfMarketedSizes(string example)
    {
        var markdown = Reports.Markdown(example);

        var sentences = Sentence().Matches(markdown).Select(m => m.Value).Where(s => s.Contains("GiB", StringComparison.Ordinal)).ToList();
        sentences.ShouldAllBe(s => s.Contains("vendors count memory in GiB, 2^30 bytes", StringComparison.Ordinal), example);
        markdown.Split('\n').Where(l => l.Contains("GiB", StringComparison.Ordinal))
            .ShouldAllBe(l => Regex.Count(l, "GiB") == 1, $"{example}: the explanation is given once where it is given");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void NoSizeIsWrittenInBinaryUnits(string example)
    {
        var markdown = Reports.Markdown(example);

        BinaryUnit().Matches(markdown).Select(m => m.Value).ShouldBeEmpty(example);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void EveryMarketedSize_IsExplainedInTheSameLine_AsItsDecimalFigure(string example)
    {
        var markdown = Reports.Markdown(example);

        foreach (var line in markdown.Split('\n').Where(l => l.Contains("(sold as ", StringComparison.Ordinal)))
        {
            line.ShouldContain("this report gives every size in decimal GB", customMessage: example);
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void NoSentenceOfABuild_GivesItsMemory_AsMarketed(string example)
    {
        // "51.5 GB of VRAM and 137.4 GB of system RAM (sold as 48 GB and 128 GB ...)": once the section has given
        // the decimal figures, "48 GB of accelerator memory" or "128 GB of RAM" in that section would be the same
        // memory in the other unit.
        var markdown = Reports.Markdown(example);

        foreach (var section in markdown.Split("\n## Build ").Skip(1).Select(s => s.Split("\n## ")[0]))
        {
            var memory = MemoryLine().Match(section);
            memory.Success.ShouldBeTrue($"{example}: a build section gives its memory");
            // The heading is the build's name and the bill of materials names the parts: both are the vendor's names
            // and keep the size they are sold under ("Mac Studio (2025), M4 Max ..., 128 GB").
            var prose = SoldAs().Replace(section[(section.IndexOf('\n', StringComparison.Ordinal) + 1)..], string.Empty);
            foreach (var part in PartRow().Matches(section).Select(m => m.Groups["part"].Value.Trim()).Where(p => p.Length > 0).OrderByDescending(p => p.Length))
            {
                prose = prose.Replace(part, "(part)", StringComparison.Ordinal);
            }

            foreach (var decimalGb in new[] { memory.Groups["vram"].Value, memory.Groups["ram"].Value })
            {
                var marketed = Marketed(decimalGb);
                if (marketed is null)
                {
                    continue;
                }

                var offending = Regex.Matches(prose, $@"(?<![\d.,]){Regex.Escape(marketed)} GB\b[^.;\n]*").Select(m => m.Value).ToList();
                offending.ShouldBeEmpty($"{example}, build {section.Split('\n')[0]}: {decimalGb} GB is sold as {marketed} GB, and the report writes decimal GB");
            }
        }
    }

    // The marketed figure (GiB) behind a decimal one, when the two differ: "51.5" -> "48"; "8" (a DIMM-free figure
    // that reads the same) -> null.
    private static string? Marketed(string decimalGb)
    {
        var gb = double.Parse(decimalGb.Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
        var gib = Math.Round(gb * 1e9 / (1024.0 * 1024 * 1024));
        return Math.Abs(gib - gb) < 0.5 || gib == 0 ? null : gib.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"(?<vram>[\d,.]+) GB of (VRAM|unified memory for the GPU) and (?<ram>[\d,.]+) GB of (system RAM|memory in all)")]
    private static partial Regex MemoryLine();

    // A bill-of-materials row: "| gpu | NVIDIA GeForce RTX 3090 | 2 | ...".
    [GeneratedRegex(@"(?m)^\| (?!component )[a-z-]+ \| (?<part>[^|]+)\|")]
    private static partial Regex PartRow();

    [GeneratedRegex(@" \(sold as [^)]*\)")]
    private static partial Regex SoldAs();

    [GeneratedRegex(@"[^.\n|]*[.\n|]")]
    private static partial Regex Sentence();

    // A figure followed by a binary unit (GiB, MiB, TiB) outside the explanation's "in GiB, 2^30 bytes".
    [GeneratedRegex(@"\d[\d,.]*\s?(GiB|MiB|TiB|KiB)\b")]
    private static partial Regex BinaryUnit();
}
