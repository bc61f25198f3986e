using ExpertRig.Domain.Builds;

namespace ExpertRig.Domain.Catalog;

/// <summary>
/// The guide's advice on where to buy each part (purchase-channels.yaml, loaded by <see cref="PurchaseChannelLoader"/>):
/// the first entry, in file order, whose conditions hold for a bill-of-materials line gives its channel.
/// </summary>
public sealed class PurchaseChannels
{
    private readonly Catalog catalog;

    internal PurchaseChannels(IReadOnlyList<PurchaseChannel> entries, Catalog catalog)
    {
        Entries = entries;
        this.catalog = catalog;
    }

    /// <summary>The entries, in file order; the last holds for every line.</summary>
    public IReadOnlyList<PurchaseChannel> Entries { get; }

    /// <summary>The entry that applies to <paramref name="line"/>.</summary>
    public PurchaseChannel EntryFor(BuildComponent line)
    {
        var part = PartOf(line, catalog);
        return Entries.First(entry => entry.Matches(line, part));
    }

    /// <summary>Where to buy <paramref name="line"/>, as the report shows it.</summary>
    public string For(BuildComponent line) => EntryFor(line).Channel;

    /// <summary>The catalog section a line of <paramref name="category"/> comes from.</summary>
    internal static IEnumerable<ICatalogEntry> SectionOf(ComponentCategory category, Catalog catalog) => category switch
    {
        ComponentCategory.Gpu => catalog.Gpus,
        ComponentCategory.System => catalog.Systems,
        ComponentCategory.Cpu => catalog.Cpus,
        ComponentCategory.Motherboard => catalog.Motherboards,
        ComponentCategory.Memory => catalog.MemoryKits,
        ComponentCategory.Storage => catalog.Storage,
        ComponentCategory.Psu => catalog.PowerSupplies,
        ComponentCategory.Cooler => catalog.Coolers,
        ComponentCategory.Case => catalog.Cases,
        ComponentCategory.Accessory => catalog.Accessories,
        _ => [],
    };

    private static ICatalogEntry? PartOf(BuildComponent line, Catalog catalog) =>
        SectionOf(line.Category, catalog).FirstOrDefault(entry => entry.Id == line.Id);
}
