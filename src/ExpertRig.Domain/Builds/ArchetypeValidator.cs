using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Physics;
using ExpertRig.Domain.Profiles;

namespace ExpertRig.Domain.Builds;

/// <summary>
/// Checks one archetypes.yaml entry: required keys, catalog ids (exact, with "did you mean"), and the static fit of
/// the named parts (socket, chipset, DRAM, DIMM kind, cooler socket, case form factor, NVLink). Throws on the first
/// problem with a one-line <see cref="CatalogException"/>.
/// </summary>
internal sealed class ArchetypeValidator(string fileName, Catalog.Catalog catalog)
{
    private static readonly string[] DiscreteKeys =
        ["gpu", "gpu_count", "nvlink_pairs", "used_gpus", "cpu", "motherboard", "memory", "storage", "psus", "cooler", "case"];

    private readonly HashSet<string> seen = new(StringComparer.Ordinal);

    public Archetype Validate(ArchetypeEntry? entry, ArchetypeFileMap.Entry? location)
    {
        var check = new EntryCheck(fileName, entry?.Id ?? location?.Id, location);
        if (entry is null)
        {
            throw check.Fail(null, "is empty; an archetype needs id, title, source, os, engine and either gpu or systems");
        }

        var id = check.Required(entry.Id, "id");
        if (!CatalogIds.IsValid(id))
        {
            throw check.Fail("id", $"'{id}' is not a valid id (lowercase letters and digits in hyphen-separated words)");
        }

        if (!seen.Add(id))
        {
            throw check.Fail("id", $"id '{id}' is used by an earlier archetype");
        }

        var os = ReadOs(check, entry.Os);
        var engine = ReadEngine(check, entry.Engine);
        var archetype = new Archetype
        {
            Id = id,
            Title = check.Required(entry.Title, "title"),
            Source = check.Required(entry.Source, "source"),
            Note = string.IsNullOrWhiteSpace(entry.Note) ? null : entry.Note.Trim(),
            Os = os,
            Engine = engine,
        };

        return entry.Systems is null ? Discrete(check, entry, archetype) : Unified(check, entry, archetype);
    }

    private Archetype Unified(EntryCheck check, ArchetypeEntry entry, Archetype archetype)
    {
        var present = DiscreteKeys.FirstOrDefault(key => ValueOf(entry, key) is not null);
        if (present is not null)
        {
            throw check.Fail(present, $"a unified-memory archetype lists only systems; remove '{present}' (or remove systems for a discrete build)");
        }

        if (entry.Systems!.Count == 0)
        {
            throw check.Fail("systems", "systems must list at least one systems.yaml id");
        }

        foreach (var systemId in entry.Systems)
        {
            var system = check.Exists(catalog.Systems, systemId, "systems");
            var os = system.Os == OperatingSystemKind.Macos ? OperatingSystemChoice.MacOS : OperatingSystemChoice.Linux;
            if (!archetype.Os.Contains(os))
            {
                throw check.Fail("os", $"{system.Name} runs {ProfileTokens.ToToken(os)}, which os does not list");
            }
        }

        return archetype with { Systems = entry.Systems.ToArray() };
    }

    private Archetype Discrete(EntryCheck check, ArchetypeEntry entry, Archetype archetype)
    {
        var gpu = check.Exists(catalog.Gpus, check.Required(entry.Gpu, "gpu (or systems)"), "gpu");
        var count = entry.GpuCount ?? throw check.Fail(null, "missing required key: gpu_count");
        if (count is < 1 or > 8)
        {
            throw check.Fail("gpu_count", $"gpu_count must be 1 to 8 (got {count})");
        }

        var pairs = entry.NvlinkPairs ?? 0;
        if (pairs < 0 || pairs * 2 > count)
        {
            throw check.Fail("nvlink_pairs", $"nvlink_pairs must be 0 to {count / 2} for {count} GPUs (got {pairs})");
        }

        if (pairs > 0 && (!gpu.Nvlink || !catalog.Accessories.Any(a => a.Kind == AccessoryKind.NvlinkBridge && a.CompatibleGpus.Contains(gpu.Id))))
        {
            throw check.Fail("nvlink_pairs", $"{gpu.Name} has no NVLink bridge in accessories.yaml; only NVLink cards can be paired");
        }

        var cpu = check.Exists(catalog.Cpus, check.Required(entry.Cpu, "cpu"), "cpu");
        var board = check.Exists(catalog.Motherboards, check.Required(entry.Motherboard, "motherboard"), "motherboard");
        if (cpu.Socket != board.Socket || !cpu.Chipsets.Contains(board.Chipset))
        {
            throw check.Fail("motherboard", $"{board.Name} ({board.Socket}, {board.Chipset}) does not take the {cpu.Name} ({cpu.Socket}, chipsets {string.Join("/", cpu.Chipsets)})");
        }

        if (entry.Memory is not null)
        {
            var kit = check.Exists(catalog.MemoryKits, entry.Memory, "memory");
            if (kit.Type != board.MemoryType || !board.MemoryModules.Contains(kit.Module) || kit.Modules > board.MemorySlots)
            {
                throw check.Fail("memory", $"{kit.Name} does not fit the {board.Name} ({board.MemorySlots} slots of {board.MemoryType} {string.Join("/", board.MemoryModules)})");
            }
        }

        if (entry.Storage is null || entry.Storage.Count == 0)
        {
            throw check.Fail(null, "missing required key: storage (the OS drive first, then model drives)");
        }

        var drives = entry.Storage.Select(driveId => check.Exists(catalog.Storage, driveId, "storage")).ToList();
        if (drives[0].Kind != StorageKind.Nvme)
        {
            throw check.Fail("storage", $"the first drive is the OS drive and must be an NVMe SSD ({drives[0].Name} is not)");
        }

        foreach (var psuId in entry.Psus ?? [])
        {
            check.Exists(catalog.PowerSupplies, psuId, "psus");
        }

        if (entry.Cooler is not null)
        {
            var cooler = check.Exists(catalog.Coolers, entry.Cooler, "cooler");
            if (!cooler.Sockets.Contains(cpu.Socket))
            {
                throw check.Fail("cooler", $"{cooler.Name} mounts on {string.Join(", ", cooler.Sockets)}, not the {cpu.Name}'s {cpu.Socket}");
            }
        }

        var pcCase = check.Exists(catalog.Cases, check.Required(entry.Case, "case"), "case");
        if (!pcCase.FormFactors.Contains(board.FormFactor))
        {
            throw check.Fail("case", $"{pcCase.Name} does not mount the {board.Name} ({BuildText.Of(board.FormFactor)})");
        }

        return archetype with
        {
            Gpu = gpu.Id,
            GpuCount = count,
            NvlinkPairs = pairs,
            UsedGpus = entry.UsedGpus ?? false,
            Cpu = cpu.Id,
            Motherboard = board.Id,
            Memory = entry.Memory,
            Storage = drives.Select(d => d.Id).ToArray(),
            Psus = (entry.Psus ?? []).ToArray(),
            Cooler = entry.Cooler,
            Case = pcCase.Id,
        };
    }

    private static IReadOnlyList<OperatingSystemChoice> ReadOs(EntryCheck check, List<string>? values)
    {
        var allowed = ProfileTokens.OperatingSystems.Where(pair => pair.Value != OperatingSystemChoice.Any).ToList();
        if (values is null || values.Count == 0)
        {
            throw check.Fail(values is null ? null : "os", $"missing required key: os (a list of {string.Join(", ", allowed.Select(p => p.Key))})");
        }

        var result = new List<OperatingSystemChoice>();
        foreach (var value in values)
        {
            var match = allowed.FirstOrDefault(pair => pair.Key == value);
            if (match.Key is null)
            {
                throw check.Fail("os", $"'{value}' is not one of: {string.Join(", ", allowed.Select(p => p.Key))}");
            }

            result.Add(match.Value);
        }

        return result.Distinct().ToArray();
    }

    private static InferenceEngine ReadEngine(EntryCheck check, string? value)
    {
        var allowed = string.Join(", ", Enum.GetValues<InferenceEngine>().Select(EngineNames.Display));
        if (value is null)
        {
            throw check.Fail(null, $"missing required key: engine (one of {allowed})");
        }

        return EngineNames.TryParse(value, out var engine)
            ? engine
            : throw check.Fail("engine", $"'{value}' is not one of: {allowed}");
    }

    private static object? ValueOf(ArchetypeEntry entry, string key) => key switch
    {
        "gpu" => entry.Gpu,
        "gpu_count" => entry.GpuCount,
        "nvlink_pairs" => entry.NvlinkPairs,
        "used_gpus" => entry.UsedGpus,
        "cpu" => entry.Cpu,
        "motherboard" => entry.Motherboard,
        "memory" => entry.Memory,
        "storage" => entry.Storage,
        "psus" => entry.Psus,
        "cooler" => entry.Cooler,
        "case" => entry.Case,
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "not a discrete-build key"),
    };

    /// <summary>Builds the one-line errors of one entry, located at the offending key.</summary>
    private sealed class EntryCheck(string fileName, string? entryId, ArchetypeFileMap.Entry? location)
    {
        public CatalogException Fail(string? key, string detail)
        {
            var (line, column) = location?.PositionOf(key) ?? (0, 0);
            return new CatalogException(fileName, entryId, line > 0 ? line : null, column > 0 ? column : null, detail);
        }

        public string Required(string? value, string key) =>
            string.IsNullOrWhiteSpace(value) ? throw Fail(null, $"missing required key: {key}") : value.Trim();

        public T Exists<T>(CatalogSection<T> section, string id, string key)
            where T : ICatalogEntry
        {
            if (section.TryFind(id, out var entry) && entry.Id == id)
            {
                return entry;
            }

            var suggestions = section.TryFind(id, out var near) ? [near.Id] : IdSuggestions.Closest(id, section.Ids);
            var hint = suggestions.Count > 0 ? $"; did you mean {string.Join(" or ", suggestions)}?" : $" ({section.ListHint} lists them)";
            throw Fail(key, $"{key} '{id}' is not a {section.FileName} id{hint}");
        }
    }
}
