using System.Globalization;
using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Files;
using ExpertRig.Domain.Yaml;
using YamlDotNet.RepresentationModel;

namespace ExpertRig.Advisor;

/// <summary>
/// Reads a build the user already has in mind (components by catalog id and count) for <c>expertrig check</c>:
/// <c>gpu</c>, <c>gpu_count</c>, <c>nvlink</c>, <c>used_gpus</c>, <c>system</c>, <c>cpu</c>, <c>motherboard</c>,
/// <c>memory</c>, <c>memory_kits</c>, <c>storage</c> (list), <c>psu</c>, <c>psu_count</c>, <c>cooler</c>, <c>case</c>,
/// <c>accessories</c> (list). Prices are the middle of the catalog's ranges.
/// </summary>
public static class BuildFile
{
    private static readonly string[] Keys =
        ["gpu", "gpu_count", "nvlink", "used_gpus", "system", "cpu", "motherboard", "memory", "memory_kits", "storage", "psu", "psu_count", "cooler", "case", "accessories"];

    /// <summary>Most drives in <c>storage</c> and most entries in <c>accessories</c>.</summary>
    public const int MaxListItems = 16;

    /// <summary>Loads and resolves a build file (read through <see cref="InputFile"/>: a regular file of at most 256 KB).</summary>
    public static Build Load(string path, Catalog catalog)
    {
        string text;
        try
        {
            text = InputFile.ReadText(path, InputKind.Build);
        }
        catch (FileAccessException ex)
        {
            throw new BuildFileException(ex.Message);
        }

        return Parse(text, path, catalog);
    }

    /// <summary>Parses and resolves build YAML; <paramref name="name"/> is used in messages.</summary>
    public static Build Parse(string text, string name, Catalog catalog)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(catalog);
        if (text.Length > InputKind.Build.MaxBytes)
        {
            throw new BuildFileException($"{name}: the text is {text.Length} characters; a build file may be at most {InputKind.Build.MaxSize}");
        }

        CheckCharacters(text, name);
        var limits = new YamlLimits(
            "build file",
            MaxDepth: 4,
            "a build file needs two (a key and its list of ids)",
            MaxAliases: 16,
            "gpu",
            (mark, problem) => new BuildFileException($"{name}:{Math.Max(mark.Line, 1)}:{Math.Max(mark.Column, 1)}: {problem}"));
        var document = GuardedYaml.LoadSingleDocument(text.StartsWith('\uFEFF') ? text[1..] : text, limits);
        if (document is not YamlMappingNode root)
        {
            throw new BuildFileException($"{name}: expected a mapping of components, such as 'gpu: rtx-4090'");
        }

        var values = new Dictionary<string, YamlNode>();
        foreach (var (keyNode, value) in root.Children)
        {
            var key = keyNode is YamlScalarNode { Value: { } keyText } ? keyText : "";
            if (!Keys.Contains(key))
            {
                var close = IdSuggestions.Closest(key, Keys);
                throw Error(name, keyNode, $"unknown key '{MessageText.Value(key)}'" + (close.Count > 0 ? $"; did you mean '{close[0]}'?" : "") + $" (allowed: {string.Join(", ", Keys)})");
            }

            values[key] = value;
        }

        CheckConflicts(name, values);
        T? Find<T>(string key, Func<string, T> lookup) where T : class =>
            values.TryGetValue(key, out var node) ? Resolve(name, key, node, lookup) : null;
        int Count(string key, int fallback) => values.TryGetValue(key, out var node) ? Integer(name, key, node, CountLimits[key]) : fallback;
        IReadOnlyList<T> List<T>(string key, Func<string, T> lookup) => values.TryGetValue(key, out var node)
            ? node is YamlSequenceNode items
                ? items.Children.Count <= MaxListItems
                    ? [.. items.Children.Select(item => Resolve(name, key, item, lookup))]
                    : throw Error(name, node, $"{key}: {items.Children.Count} entries; a build has at most {MaxListItems}")
                : throw Error(name, node, $"{key}: expected a list of catalog ids, such as [samsung-990-pro-2tb]")
            : [];

        var system = Find("system", catalog.FindSystem);
        var gpu = Find("gpu", catalog.FindGpu);
        if (system is null && gpu is null)
        {
            throw new BuildFileException($"{name}: a build needs 'gpu' (with 'gpu_count') or 'system' (a DGX Spark or Mac)");
        }

        var build = new Build
        {
            Archetype = "custom",
            Title = system?.Name ?? $"{Count("gpu_count", 1)} × {gpu!.Name} (your build)",
            Source = $"build file {name}",
            System = system,
            Gpu = gpu,
            GpuCount = gpu is null ? 0 : Count("gpu_count", 1),
            UsesNvlink = values.TryGetValue("nvlink", out var nvlink) && Boolean(name, "nvlink", nvlink),
            UsedGpus = values.TryGetValue("used_gpus", out var used) && Boolean(name, "used_gpus", used),
            Cpu = Find("cpu", catalog.FindCpu),
            Motherboard = Find("motherboard", catalog.FindMotherboard),
            Memory = Find("memory", catalog.FindMemoryKit),
            MemoryKitCount = Count("memory_kits", 1),
            Storage = List("storage", catalog.FindStorage),
            Psu = Find("psu", catalog.FindPowerSupply),
            PsuCount = Count("psu_count", 1),
            Cooler = Find("cooler", catalog.FindCooler),
            Case = Find("case", catalog.FindCase),
            Accessories = List("accessories", catalog.FindAccessory),
            Components = [],
        };
        return build with { Components = Components(build) };
    }

    // A system (DGX Spark, Mac) is a whole machine: the keys of a PC build's parts conflict with it. Storage and
    // accessories (an external drive, a UPS) go with either.
    private static readonly string[] PcOnlyKeys = ["gpu", "gpu_count", "nvlink", "used_gpus", "cpu", "motherboard", "memory", "memory_kits", "psu", "psu_count", "cooler", "case"];

    // The most of each part a desk-side build can hold: 16 GPUs (the largest open-frame rigs have 8–16), 8 memory
    // kits (a board has at most 16 slots, kits are pairs or more), 4 power supplies.
    private static readonly Dictionary<string, int> CountLimits = new(StringComparer.Ordinal) { ["gpu_count"] = 16, ["memory_kits"] = 8, ["psu_count"] = 4 };

    private static void CheckConflicts(string name, Dictionary<string, YamlNode> values)
    {
        if (values.ContainsKey("system"))
        {
            var conflict = PcOnlyKeys.FirstOrDefault(values.ContainsKey);
            if (conflict is not null)
            {
                throw Error(name, values[conflict], conflict == "gpu"
                    ? "give either 'gpu' (a PC build) or 'system' (a whole machine such as a DGX Spark or Mac), not both"
                    : $"'{conflict}' is part of a PC build; 'system' names a whole machine, which has its own (remove '{conflict}' or 'system')");
            }
        }
        else if (!values.ContainsKey("gpu"))
        {
            foreach (var key in new[] { "gpu_count", "nvlink", "used_gpus" })
            {
                if (values.TryGetValue(key, out var node))
                {
                    throw Error(name, node, $"'{key}' describes the GPUs, but the build names no 'gpu'");
                }
            }
        }
    }

    private static void CheckCharacters(string text, string name)
    {
        if (YamlCharacters.FirstForbidden(text) is { } bad)
        {
            throw new BuildFileException($"{name}:{bad.Line}:{bad.Column}: the text contains the control character U+{(int)bad.Character:X4}; it looks like a binary file, not a build file");
        }
    }

    private static IReadOnlyList<BuildComponent> Components(Build build)
    {
        var lines = new List<BuildComponent>();
        void Add(ComponentCategory category, ICatalogEntry? entry, ComponentPrice? price, int quantity, bool used = false)
        {
            if (entry is not null && price is not null && quantity > 0)
            {
                var range = used && price.Used is { } usedRange ? usedRange : price.Range;
                lines.Add(new BuildComponent(category, entry.Id, entry.Name, quantity, ComponentPrice.UnitPrice(range), used && price.Used is not null, "given in the build file")
                {
                    PriceBasis = price.Basis,
                    PriceMonth = price.Month,
                });
            }
        }

        Add(ComponentCategory.System, build.System, build.System?.PriceUsd, 1);
        Add(ComponentCategory.Gpu, build.Gpu, build.Gpu?.PriceUsd, build.GpuCount, build.UsedGpus);
        Add(ComponentCategory.Cpu, build.Cpu, build.Cpu?.PriceUsd, 1);
        Add(ComponentCategory.Motherboard, build.Motherboard, build.Motherboard?.PriceUsd, 1);
        Add(ComponentCategory.Memory, build.Memory, build.Memory?.PriceUsd, build.MemoryKitCount);
        foreach (var drive in build.Storage)
        {
            Add(ComponentCategory.Storage, drive, drive.PriceUsd, 1);
        }

        Add(ComponentCategory.Psu, build.Psu, build.Psu?.PriceUsd, build.PsuCount);
        Add(ComponentCategory.Cooler, build.Cooler, build.Cooler?.PriceUsd, 1);
        Add(ComponentCategory.Case, build.Case, build.Case?.PriceUsd, 1);
        foreach (var accessory in build.Accessories)
        {
            Add(ComponentCategory.Accessory, accessory, accessory.PriceUsd, 1);
        }

        return lines;
    }

    private static T Resolve<T>(string file, string key, YamlNode node, Func<string, T> lookup)
    {
        if (node is not YamlScalarNode { Value: { Length: > 0 } id })
        {
            throw Error(file, node, $"{key}: expected a catalog id");
        }

        if (id.Length > MaxIdLength || id.Any(MessageText.IsUnsafe))
        {
            throw Error(file, node, $"{key}: '{MessageText.Value(id)}' is not a catalog id (ids are short words such as rtx-4090; see 'expertrig catalog')");
        }

        try
        {
            return lookup(id);
        }
        catch (CatalogLookupException ex)
        {
            throw Error(file, node, $"{key}: {ex.Message}");
        }
    }

    private static int Integer(string file, string key, YamlNode node, int max) =>
        node is YamlScalarNode { Value: { } text } && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1 && value <= max
            ? value
            : throw Error(file, node, $"{key}: expected a whole number from 1 to {max}" + (node is YamlScalarNode { Value: { } shown } ? $", got '{MessageText.Value(shown)}'" : ""));

    private const int MaxIdLength = 100;

    private static bool Boolean(string file, string key, YamlNode node) =>
        node is YamlScalarNode { Value: { } text } && bool.TryParse(text, out var value)
            ? value
            : throw Error(file, node, $"{key}: expected true or false");

    private static BuildFileException Error(string file, YamlNode node, string message) =>
        new($"{file}:{Math.Max(node.Start.Line, 1)}:{Math.Max(node.Start.Column, 1)}: {message}");
}
