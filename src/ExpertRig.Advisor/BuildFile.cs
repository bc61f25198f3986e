using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using YamlDotNet.Core;
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

    /// <summary>Loads and resolves a build file.</summary>
    public static Build Load(string path, Catalog catalog)
    {
        if (Directory.Exists(path))
        {
            throw new BuildFileException($"{path}: is a directory, expected a build YAML file");
        }

        if (!File.Exists(path))
        {
            throw new BuildFileException($"{path}: no such file");
        }

        if (new FileInfo(path).Length > 1 << 20)
        {
            throw new BuildFileException($"{path}: larger than 1 MB; a build file is a few lines of YAML");
        }

        return Parse(File.ReadAllText(path), path, catalog);
    }

    /// <summary>Parses and resolves build YAML; <paramref name="name"/> is used in messages.</summary>
    public static Build Parse(string text, string name, Catalog catalog)
    {
        var yaml = new YamlStream();
        try
        {
            yaml.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            throw new BuildFileException($"{name}:{ex.Start.Line}:{ex.Start.Column}: malformed YAML: {ex.Message}");
        }

        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new BuildFileException($"{name}: expected a mapping of components, such as 'gpu: rtx-4090'");
        }

        var values = new Dictionary<string, YamlNode>();
        foreach (var (keyNode, value) in root.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? "";
            if (!Keys.Contains(key))
            {
                var close = IdSuggestions.Closest(key, Keys);
                throw Error(name, keyNode, $"unknown key '{key}'" + (close.Count > 0 ? $"; did you mean '{close[0]}'?" : "") + $" (allowed: {string.Join(", ", Keys)})");
            }

            values[key] = value;
        }

        T? Find<T>(string key, Func<string, T> lookup) where T : class =>
            values.TryGetValue(key, out var node) ? Resolve(name, key, node, lookup) : null;
        int Count(string key, int fallback) => values.TryGetValue(key, out var node) ? Integer(name, key, node) : fallback;
        IReadOnlyList<T> List<T>(string key, Func<string, T> lookup) => values.TryGetValue(key, out var node)
            ? node is YamlSequenceNode items
                ? [.. items.Children.Select(item => Resolve(name, key, item, lookup))]
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

    private static IReadOnlyList<BuildComponent> Components(Build build)
    {
        var lines = new List<BuildComponent>();
        void Add(ComponentCategory category, ICatalogEntry? entry, ComponentPrice? price, int quantity, bool used = false)
        {
            if (entry is not null && price is not null && quantity > 0)
            {
                var range = used && price.Used is { } usedRange ? usedRange : price.Range;
                lines.Add(new BuildComponent(category, entry.Id, entry.Name, quantity, ComponentPrice.UnitPrice(range), used && price.Used is not null, "given in the build file"));
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

        try
        {
            return lookup(id);
        }
        catch (CatalogLookupException ex)
        {
            throw Error(file, node, $"{key}: {ex.Message}");
        }
    }

    private static int Integer(string file, string key, YamlNode node) =>
        node is YamlScalarNode { Value: { } text } && int.TryParse(text, out var value) && value is >= 1 and <= 16
            ? value
            : throw Error(file, node, $"{key}: expected a whole number from 1 to 16");

    private static bool Boolean(string file, string key, YamlNode node) =>
        node is YamlScalarNode { Value: { } text } && bool.TryParse(text, out var value)
            ? value
            : throw Error(file, node, $"{key}: expected true or false");

    private static BuildFileException Error(string file, YamlNode node, string message) =>
        new($"{file}:{node.Start.Line}:{node.Start.Column}: {message}");
}
