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

    [GeneratedRegex(@"[^.\n|]*[.\n|]")]
    private static partial Regex Sentence();

    // A figure followed by a binary unit (GiB, MiB, TiB) outside the explanation's "in GiB, 2^30 bytes".
    [GeneratedRegex(@"\d[\d,.]*\s?(GiB|MiB|TiB|KiB)\b")]
    private static partial Regex BinaryUnit();
}
