using System.Text.RegularExpressions;
using CsCheck;
using ExpertRig.Advisor;
using ExpertRig.Advisor.View;
using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;

namespace ExpertRig.Reporting.Tests;

/// <summary>
/// A figure the report shows in two places, or in the report and the JSON view, is the same figure: prices, decode
/// speeds, load times, sizes, power, the engine and the quantization. The rules write their sentences from the raw
/// physics, the tables from the view, so any second rounding or second source shows up as a disagreement here.
/// </summary>
public sealed partial class FigureAgreementTests
{
    private static readonly ExpertRig.Advisor.Advisor Advisor = ExpertRig.Advisor.Advisor.Default;

    [Fact]
    public void EveryGeneratedProfile_ShowsEachFigureTheSameWayEverywhere() =>
        GeneratedProfileTests.ProfileGen.Sample(
            profile =>
            {
                var consultation = Advisor.Consult(profile);
                var view = RecommendationViewBuilder.From(consultation);
                AgreementProblems(consultation, view, ReportRenderer.Shipped().Render(view)).ShouldBeEmpty();
            },
            iter: 40,
            threads: 1,
            print: p => $"{string.Join(", ", p.Workloads)}, {p.ConcurrentUsers} user(s), ${p.BudgetUsd}, {p.Os}, {p.Circuit}");

    [Fact]
    public void TheReviewersProfile_ShowsOnePriceAndOneLoadTime()
    {
        var profile = new Profile
        {
            Workloads = [new Workload("llama-3-70b", "Q4_K_M", MinTokensPerSecond: 10), new Workload("qwen-2.5-7b")],
            ConcurrentUsers = 4,
            BudgetUsd = 15_000,
            Os = OperatingSystemChoice.Linux,
            Circuit = Circuit.Amps20Volts120,
        };
        var consultation = Advisor.Consult(profile);
        var view = RecommendationViewBuilder.From(consultation);
        var markdown = ReportRenderer.Shipped().Render(view);

        AgreementProblems(consultation, view, markdown).ShouldBeEmpty();
        var proArt = view.Builds.Single(b => b.Archetype == "rtx-pro-6000");
        if (proArt.Rank > ReportRenderer.DetailedBuilds)
        {
            // Only the first builds get a full section; render the one this test reads on its own.
            markdown = ReportRenderer.Shipped().Render(view with { Builds = [proArt] });
        }

        proArt.TotalPriceUsd.ShouldBe(proArt.Components.Sum(c => c.SubtotalUsd));
        markdown.ShouldContain($"## Build {proArt.Rank}: {proArt.Title}, $11,303");
        markdown.ShouldContain("**$11,303**");
        markdown.ShouldNotContain("$11,302");
        markdown.ShouldNotContain(".50");
        Section(markdown, proArt).ShouldContain("| 5.8 s |");
        Section(markdown, proArt).ShouldContain("loads in about 5.8 s from the WD Black SN850X 4TB");
    }

    /// <summary>Every disagreement between the report, the view and the rules' sentences, one line each.</summary>
    private static List<string> AgreementProblems(Consultation consultation, RecommendationView view, string markdown)
    {
        var problems = new List<string>();
        foreach (var build in view.Builds.Take(ReportRenderer.DetailedBuilds))
        {
            var built = consultation.Ranked.Single(r => r.Rank == build.Rank).Build;
            var section = Section(markdown, build);
            void Problem(string what) => problems.Add($"build {build.Rank} ({build.Archetype}): {what}");

            CheckPrecision(build, Problem);
            CheckPrice(section, built, build.TotalPriceUsd, Problem);
            if (!section.StartsWith($"## Build {build.Rank}: {build.Title}, {Figures.Usd(build.TotalPriceUsd)}\n", StringComparison.Ordinal))
            {
                Problem("the heading does not show the total of the bill of materials");
            }

            CheckWorkloads(section, build, Problem);
            CheckPower(section, build, Problem);
            if (!string.IsNullOrEmpty(build.Software) && build.Workloads.Any(w => w.Engine != build.Software))
            {
                Problem($"the software is {build.Software} but a prediction used {string.Join(", ", build.Workloads.Select(w => w.Engine).Distinct())}");
            }
        }

        foreach (var (rejected, built) in view.Rejected.Zip(consultation.Rejected))
        {
            var row = markdown.Split('\n').FirstOrDefault(l => l.StartsWith($"| {rejected.Title} (`{rejected.Archetype}`) | ", StringComparison.Ordinal)
                && l.Contains("_(", StringComparison.Ordinal)) ?? "";
            CheckPrice(row, built, rejected.TotalPriceUsd, what => problems.Add($"rejected {rejected.Archetype}: {what}"));
            CheckSpeedSentences(row, [.. consultation.PredictionsFor(built).Select(p => new Shown(p.Need.Model.Name, p.Quant.Name, p.Need.MinTokensPerSecond, p.DecodePerUser))],
                what => problems.Add($"rejected {rejected.Archetype}: {what}"));
        }

        return problems;
    }

    // The view holds each figure at the precision it is shown at, so the JSON says exactly what the report says.
    private static void CheckPrecision(BuildView build, Action<string> problem)
    {
        (string What, double Value, double Shown)[] figures =
        [
            ("total price", build.TotalPriceUsd, Figures.Dollars(build.TotalPriceUsd)),
            .. build.Components.Select(c => ($"{c.Id} price", c.SubtotalUsd, Figures.Dollars(c.SubtotalUsd))),
            .. build.Workloads.SelectMany(w => new[]
            {
                ($"{w.Model} decode", w.DecodeTokensPerS, Figures.RoundSpeed(w.DecodeTokensPerS)),
                ($"{w.Model} aggregate decode", w.DecodeTokensPerSAggregate, Figures.RoundSpeed(w.DecodeTokensPerSAggregate)),
                ($"{w.Model} prompt", w.PromptTokensPerS, Figures.RoundPromptSpeed(w.PromptTokensPerS)),
                ($"{w.Model} memory", w.TotalMemoryGb, Figures.RoundGb(w.TotalMemoryGb)),
                ($"{w.Model} load time", w.LoadSeconds ?? 0, Figures.RoundSeconds(w.LoadSeconds ?? 0)),
            }),
        ];
        foreach (var (what, value, shown) in figures.Where(f => f.Value != f.Shown))
        {
            problem($"the view's {what} {value} is not the figure shown ({shown})");
        }
    }

    // A dollar figure within a dollar of the build's cost is that cost, and must read as the view's total.
    private static void CheckPrice(string text, Build build, double total, Action<string> problem)
    {
        foreach (Match match in Dollars().Matches(text))
        {
            var amount = double.Parse(match.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
            if (Math.Abs(amount - build.TotalPriceUsd) < 1 && match.Value != Figures.Usd(total))
            {
                problem($"{match.Value} beside a total of {Figures.Usd(total)}");
            }
        }
    }

    private static void CheckWorkloads(string section, BuildView build, Action<string> problem)
    {
        CheckSpeedSentences(section, [.. build.Workloads.Select(w => new Shown(w.ModelName, w.Quant, w.MinTokensPerS, w.DecodeTokensPerS))], problem);
        var table = section[section.IndexOf("### Predicted performance", StringComparison.Ordinal)..].Split('\n')
            .SkipWhile(l => !l.StartsWith("|---", StringComparison.Ordinal)).Skip(1).TakeWhile(l => l.StartsWith('|')).ToList();
        if (table.Count != build.Workloads.Count)
        {
            problem($"the performance table has {table.Count} rows for {build.Workloads.Count} workloads");
            return;
        }

        foreach (var (w, row) in build.Workloads.Zip(table))
        {
            var cells = row.Split(" | ");
            if (cells.Length < 9 || cells[2] != EngineCell(w) || cells[4] != Figures.Speed(w.DecodeTokensPerS)
                || cells[7] != (w.LoadSeconds is { } s ? Figures.Duration(s) : "unknown"))
            {
                problem($"the {w.ModelName} row '{row}' does not show {EngineCell(w)}, {Figures.Speed(w.DecodeTokensPerS)} tok/s and its load time");
            }

            var name = Regex.Escape(w.ModelName);
            foreach (Match load in Regex.Matches(section, $@"{name} at {Regex.Escape(w.Quant)} \(([\d.,]+ GB)\) loads in about ([^ ]+ s|\d+ min \d+ s) from"))
            {
                if (load.Groups[1].Value != Figures.Gb(w.WeightsGb) || w.LoadSeconds is not { } seconds || load.Groups[2].Value != Figures.Duration(seconds))
                {
                    problem($"'{load.Value}' against {Figures.Gb(w.WeightsGb)} loading in {(w.LoadSeconds is { } t ? Figures.Duration(t) : "unknown")}");
                }
            }

            foreach (Match kv in Regex.Matches(section, $@"The KV cache of {name} for {Regex.Escape(Figures.Number(w.ContextTokens, 0))} tokens × \d+ user\(s\) takes ([\d.,]+ GB)"))
            {
                if (kv.Groups[1].Value != Figures.Gb(w.KvCacheGb))
                {
                    problem($"'{kv.Value}' against a KV cache of {Figures.Gb(w.KvCacheGb)}");
                }
            }

            // One model, one 16-bit name: storage sizing and the prediction must not call the same file F16 and BF16.
            foreach (Match sixteen in Regex.Matches(section, $@"{name} (?:up to |at )?(B?F16)\b"))
            {
                if (w.Quant is "F16" or "BF16" && sixteen.Groups[1].Value != w.Quant
                    && !build.Workloads.Any(o => o.ModelName == w.ModelName && o.Quant == sixteen.Groups[1].Value))
                {
                    problem($"'{sixteen.Value}' but {w.ModelName} is predicted at {w.Quant}");
                }
            }
        }
    }

    // A sentence about a model at a quantization quotes the speed of a prediction of that model at that quantization
    // (and, when it names the need, of one with that need): a workload listed twice may be predicted twice.
    private static void CheckSpeedSentences(string text, IReadOnlyList<Shown> predictions, Action<string> problem)
    {
        foreach (var group in predictions.GroupBy(p => (p.Model, p.Quant)))
        {
            var name = Regex.Escape(group.Key.Model);
            var at = Regex.Escape(group.Key.Quant);
            var speeds = group.Select(p => Figures.Speed(p.Speed)).ToHashSet();
            var patterns = new[]
            {
                $@"{name} at {at} is predicted at ([\d.,]+) tok/s per user",
                $@"of {name}'s \d+ layers \(\d+%\) at {at} do not fit[^:]*: predicted ([\d.,]+) tok/s per user",
            };
            foreach (var match in patterns.SelectMany(p => Regex.Matches(text, p)).Where(m => !speeds.Contains(m.Groups[1].Value)))
            {
                problem($"'{match.Value}' against {string.Join(" or ", speeds)} tok/s per user");
            }

            foreach (Match match in Regex.Matches(text, $@"{name} at {at} needs ([\d.,]+) tok/s per user, predicted ([\d.,]+) for"))
            {
                var needed = group.Where(p => p.Need is { } min && Figures.Speed(min) == match.Groups[1].Value).Select(p => Figures.Speed(p.Speed)).ToList();
                if (!needed.Contains(match.Groups[2].Value))
                {
                    problem($"'{match.Value}' against {string.Join(" or ", needed)} tok/s per user");
                }
            }
        }
    }

    private sealed record Shown(string Model, string Quant, double? Need, double Speed);

    private static void CheckPower(string section, BuildView build, Action<string> problem)
    {
        if (build.Power is not { } power)
        {
            return;
        }

        var expected = new (string Pattern, string Figure)[]
        {
            (@"Peak draw ([\d,]+) W", Figures.Number(power.PeakW, 0)),
            (@"([\d,]+) W sustained during inference", Figures.Number(power.SustainedW, 0)),
            (@"sustained inference draws ([\d,]+) W", Figures.Number(power.SustainedW, 0)),
            (@"Electricity: (\$[\d,.]+)/year", Figures.Usd(power.YearlyCostUsd)),
            (@"kWh a year, about (\$[\d,.]+) at", Figures.Usd(power.YearlyCostUsd)),
            (@"\(([\d,]+) kWh at", Figures.Number(power.YearlyKwh, 0)),
            (@"([\d,]+) kWh a year", Figures.Number(power.YearlyKwh, 0)),
        };
        foreach (var (pattern, figure) in expected)
        {
            foreach (Match match in Regex.Matches(section, pattern))
            {
                if (match.Groups[1].Value != figure)
                {
                    problem($"'{match.Value}' against {figure}");
                }
            }
        }
    }

    private static string Section(string markdown, BuildView build)
    {
        var start = markdown.IndexOf($"## Build {build.Rank}: ", StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, $"no section for build {build.Rank}");
        var end = markdown.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return end < 0 ? markdown[start..] : markdown[start..(end + 1)];
    }

    [GeneratedRegex(@"\$([\d,]+(?:\.\d\d)?)(?![\d,])")]
    private static partial Regex Dollars();

    // The engine column names the backend the prediction assumes: "llama.cpp (CUDA)".
    private static string EngineCell(ExpertRig.Advisor.View.WorkloadView w) => w.Backend.Length == 0 ? w.Engine : $"{w.Engine} ({w.Backend})";
}
