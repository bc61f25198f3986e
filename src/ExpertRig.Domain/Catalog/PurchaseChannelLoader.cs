using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog.Validation;
using ExpertRig.Domain.Catalog.Yaml;

namespace ExpertRig.Domain.Catalog;

/// <summary>
/// Reads rules/catalog/purchase-channels.yaml with the catalog's reader and checks: unknown, missing and duplicate keys,
/// wrong types and enumeration values, ids that are malformed or used twice, conditions on the wrong kind of part,
/// part ids the catalog does not have, and a last entry without conditions that catches every part. Each problem is a
/// <see cref="CatalogException"/> line naming the file, line, column and entry.
/// </summary>
public static class PurchaseChannelLoader
{
    /// <summary>The file name, beside the other catalog files.</summary>
    public const string FileName = "purchase-channels.yaml";

    private static readonly Lazy<PurchaseChannels> Default =
        new(() => PrecompiledData.Installed?.PurchaseChannels(CatalogLoader.LoadDefault())
            ?? Load(CatalogLoader.DefaultDirectory, CatalogLoader.LoadDefault()));

    /// <summary>The shipped channels, checked against the default catalog, loaded once per process.</summary>
    public static PurchaseChannels LoadDefault() => Default.Value;

    /// <summary>
    /// Channels that <see cref="Load"/> has already read and checked against <paramref name="catalog"/> (the program's
    /// precompiled copy, <see cref="PrecompiledData"/>). Checks nothing.
    /// </summary>
    public static PurchaseChannels FromValidatedEntries(IReadOnlyList<PurchaseChannel> entries, Catalog catalog) => new(entries, catalog);

    /// <summary>Reads and checks purchase-channels.yaml in <paramref name="directory"/> against <paramref name="catalog"/>.</summary>
    /// <exception cref="CatalogException">The file is missing or malformed, or an entry breaks a rule.</exception>
    public static PurchaseChannels Load(string directory, Catalog catalog)
    {
        var file = CatalogFileReader.Read<PurchaseChannel>(directory, FileName);
        var problems = new CatalogProblems();
        var firstLineOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < file.Entries.Count; i++)
        {
            var entry = file.Entries[i];
            var location = i < file.Locations.Count ? file.Locations[i] : null;
            var check = new EntryChecks(problems, FileName, location, entry.Id);
            check.Require(CatalogIds.IsValid(entry.Id), "id", $"'{entry.Id}' is not lowercase kebab-case (letters and digits joined by '-')");
            if (!firstLineOfId.TryAdd(entry.Id, (int)(location?.Start.Line ?? 0)))
            {
                check.Fail("id", $"'{entry.Id}' is a duplicate: the same id is used earlier in this file (line {firstLineOfId[entry.Id]})");
            }

            check.Text("name", entry.Name);
            check.Text("channel", entry.Channel);
            check.Text("source", entry.Source);
            Conditions(entry, check, catalog);
            var last = i == file.Entries.Count - 1;
            if (entry.IsCatchAll != last)
            {
                problems.Add(FileName, location, null, entry.Id, last
                    ? "the last entry must have no conditions, so that every part has a channel"
                    : "has no conditions, so it holds for every part and the entries after it are never used; move it to the end");
            }
        }

        problems.ThrowIfAny();
        return new PurchaseChannels(file.Entries, catalog);
    }

    private static void Conditions(PurchaseChannel entry, EntryChecks check, Catalog catalog)
    {
        var categories = entry.Categories ?? Enum.GetValues<ComponentCategory>();
        bool Only(params ComponentCategory[] kinds) => entry.Categories is not null && categories.All(kinds.Contains);
        check.Require(entry.GpuClasses is null || Only(ComponentCategory.Gpu), "gpu_classes", "applies to GPUs only: write 'categories: [gpu]'");
        check.Require(entry.Nvlink is null || Only(ComponentCategory.Gpu), "nvlink", "applies to GPUs only: write 'categories: [gpu]'");
        check.Require(
            entry.Vendors is null || Only(ComponentCategory.Gpu, ComponentCategory.Cpu, ComponentCategory.System),
            "vendors",
            "applies to GPUs, CPUs and systems only: list only gpu, cpu or system in 'categories'");
        check.Require(entry.AccessoryKinds is null || Only(ComponentCategory.Accessory), "accessory_kinds", "applies to accessories only: write 'categories: [accessory]'");
        check.Require(entry.Categories is not { Length: 0 }, "categories", "must name at least one kind of part (leave it out for any part)");
        check.Require(entry.Parts is not { Count: 0 }, "parts", "must name at least one catalog id (leave it out for any part)");
        check.Require(entry.GpuClasses is not { Length: 0 }, "gpu_classes", "must name at least one class (leave it out for any GPU)");
        check.Require(entry.Vendors is not { Count: 0 }, "vendors", "must name at least one vendor (leave it out for any vendor)");
        check.Require(entry.AccessoryKinds is not { Length: 0 }, "accessory_kinds", "must name at least one kind (leave it out for any accessory)");

        var known = categories.SelectMany(c => PurchaseChannels.SectionOf(c, catalog)).Select(part => part.Id).ToList();
        foreach (var id in entry.Parts ?? [])
        {
            if (!known.Contains(id, StringComparer.Ordinal))
            {
                var closest = IdSuggestions.Closest(id, known, max: 1);
                var what = entry.Categories is null ? "no part" : $"no {string.Join(" or ", categories.Select(c => c.ToString().ToLowerInvariant()))}";
                check.Fail("parts", $"names '{id}', but the catalog has {what} with that id{(closest.Count > 0 ? $"; did you mean '{closest[0]}'?" : string.Empty)}");
            }
        }
    }
}
