using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ExpertRig.Cli.Output;
using ExpertRig.Domain;
using ExpertRig.Domain.Catalog;

namespace ExpertRig.Cli.Commands;

/// <summary><c>expertrig catalog [section]</c>: the sourced component, model and quantization data.</summary>
internal static class CatalogCommand
{
    // Each entry is written as its own type, so the JSON carries every figure the table shows and more.
    private static readonly Lazy<JsonSerializerOptions> EntryJson = new(() =>
        JsonOutput.Create(JsonContext.Default, new CatalogPriceJsonConverter()));

    private static readonly string[] Sections =
        ["gpus", "cpus", "boards", "memory", "storage", "psus", "coolers", "cases", "systems", "accessories", "models", "quants"];

    public static Command Create()
    {
        var section = new Argument<string?>("section")
        {
            Description = $"What to list: {string.Join(", ", Sections)} (default: a summary of every section).",
            Arity = ArgumentArity.ZeroOrOne,
            HelpName = "section",
        };
        section.AcceptOnlyFromAmong(Sections);
        var format = CommonOptions.Format("text", "json");
        var command = new Command("catalog", "List the catalog: components with specs, dated prices and sources; models; quantizations.")
        {
            section, format,
        };
        command.SetAction(parse =>
        {
            var catalog = CatalogLoader.LoadDefault();
            var output = parse.InvocationConfiguration.Output;
            var json = CommonOptions.ParseFormat(parse.GetValue(format)!) == OutputFormat.Json;
            var name = parse.GetValue(section);
            if (name is null)
            {
                var counts = Sections.ToDictionary(s => s, s => Entries(catalog, s).Count);
                output.Write(json ? JsonOutput.Serialize(counts) + "\n" : Summary(counts));
                return ExitCodes.Success;
            }

            var entries = Entries(catalog, name);
            output.Write(json ? JsonOutput.Serialize(entries.Cast<object>().ToList(), EntryJson.Value) + "\n" : Table(name, entries));
            return ExitCodes.Success;
        });
        return command;
    }

    private static IReadOnlyList<ICatalogEntry> Entries(Catalog catalog, string section) => section switch
    {
        "gpus" => [.. catalog.Gpus],
        "cpus" => [.. catalog.Cpus],
        "boards" => [.. catalog.Motherboards],
        "memory" => [.. catalog.MemoryKits],
        "storage" => [.. catalog.Storage],
        "psus" => [.. catalog.PowerSupplies],
        "coolers" => [.. catalog.Coolers],
        "cases" => [.. catalog.Cases],
        "systems" => [.. catalog.Systems],
        "accessories" => [.. catalog.Accessories],
        "models" => [.. catalog.Models],
        _ => [.. catalog.Quantizations],
    };

    private static string Summary(Dictionary<string, int> counts)
    {
        var table = new TextTable("section", "entries");
        foreach (var (name, count) in counts)
        {
            table.Add(name, count.ToString(CultureInfo.InvariantCulture));
        }

        return table + "Show one with: expertrig catalog <section>\n";
    }

    private static string Table(string section, IReadOnlyList<ICatalogEntry> entries)
    {
        var inv = CultureInfo.InvariantCulture;
        var table = section switch
        {
            "gpus" => Rows(new TextTable("id", "name", "VRAM", "GB/s", "FP16 TF (FP16 acc.)", "W", "NVLink", "price"), entries.Cast<Gpu>(),
                g => [g.Id, g.Name, Figures.Number(g.VramGb, 0) + " GB", Figures.Number(g.BandwidthGbs, 0), Tflops(g.Fp16Tflops, g.Fp16AccumulateTflops), Figures.Number(g.BoardPowerW, 0), g.Nvlink ? "yes" : "no", Price(g.PriceUsd)]),
            "systems" => Rows(new TextTable("id", "name", "memory", "GB/s", "usable", "W", "OS", "price"), entries.Cast<UnifiedMemorySystem>(),
                s => [s.Id, s.Name, Figures.Number(s.MemoryGb, 0) + " GB", Figures.Number(s.BandwidthGbs, 0), Figures.Percent(s.UsableMemoryFraction), Figures.Number(s.PowerW, 0), s.Os.ToString().ToLowerInvariant(), Price(s.PriceUsd)]),
            "cpus" => Rows(new TextTable("id", "name", "socket", "cores", "lanes", "channels", "RAM GB/s", "W", "price"), entries.Cast<Cpu>(),
                c => [c.Id, c.Name, c.Socket, c.Cores.ToString(inv), c.PcieLanes.ToString(inv), c.MemoryChannels.ToString(inv), Figures.Number(c.MemoryBandwidthGbs), Figures.Number(c.TdpW, 0), Price(c.PriceUsd)]),
            "models" => Rows(new TextTable("id", "name", "params", "active", "layers", "attention", "kv heads", "max context", "weights"), entries.Cast<LanguageModel>(),
                m => [m.Id, m.Name, Figures.Number(m.ParamsTotalB, 2) + "B", Figures.Number(m.ParamsActiveB, 2) + "B", m.Layers.ToString(inv), m.AttentionSummary, m.KvHeads.ToString(inv), m.MaxContextTokens.ToString(inv), m.WeightFormat]),
            "quants" => Rows(new TextTable("id", "name", "format", "bits/weight", "quality vs FP16", "engines"), entries.Cast<Quantization>(),
                q => [q.Id, q.Name, q.Format.ToString().ToLowerInvariant(), Figures.Number(q.BitsPerWeight, 2), q.QualityVsFp16Pct is { } r ? Figures.Range(r.Low, r.High) + "%" : "", string.Join(",", q.Engines)]),
            _ => Rows(new TextTable("id", "name", "source"), entries, e => [e.Id, e.Name, e.Source.Length > 70 ? e.Source[..67] + "..." : e.Source]),
        };
        return table + $"{entries.Count} {section}\n";
    }

    private static TextTable Rows<T>(TextTable table, IEnumerable<T> entries, Func<T, string[]> cells)
    {
        foreach (var entry in entries)
        {
            table.Add(cells(entry));
        }

        return table;
    }

    // Dense FP16 with FP32 accumulate, and in brackets the FP16-accumulate rate where it is faster (GeForce).
    private static string Tflops(double fp32Accumulate, double? fp16Accumulate) =>
        fp16Accumulate is { } faster && faster != fp32Accumulate
            ? $"{Figures.Number(fp32Accumulate)} ({Figures.Number(faster)})"
            : Figures.Number(fp32Accumulate);

    private static string Price(ComponentPrice price)
    {
        var range = price.Range;
        return Figures.UsdRange(range.Low, range.High) + (price.Month is { } month ? $" ({month})" : string.Empty);
    }
}
