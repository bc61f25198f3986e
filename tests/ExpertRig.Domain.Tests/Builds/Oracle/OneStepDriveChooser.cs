using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;

namespace ExpertRig.Domain.Tests.Builds.Oracle;

/// <summary>
/// The oracle's drive chooser: main's (7c1d6c8) <c>DriveChooser.Discrete</c>, which wrote the drive lines at once.
/// Keeps the archetype's OS drive and, when they hold the models with headroom, its model drives; a build that lists no
/// model drive keeps small models (at most a quarter of the OS drive) on the OS drive; otherwise picks the cheapest set
/// of one NVMe model that does within the board's free M.2 slots. Adds archive disks for offline copies
/// when the storage requirement asks for them.
/// </summary>
internal static class OneStepDriveChooser
{
    public static OneStepDriveChoice Discrete(Archetype archetype, Motherboard board, StorageRequirement need, Catalog.Catalog catalog)
    {
        var listed = archetype.Storage.Select(catalog.FindStorage).ToList();
        var os = listed[0];
        var models = listed.Skip(1).Where(d => d.Kind == StorageKind.Nvme).ToList();
        var archive = listed.Skip(1).Where(d => d.Kind == StorageKind.Hdd).ToList();
        var lines = new List<BuildComponent>();

        string? gap = null;
        if (archetype.Composed && models.Count == 0 && !SharesOsDrive(os, need)
            && LargerSharedDrive(os, board, need, catalog) is { } larger)
        {
            // A composed build's OS drive is the catalog's cheapest: one larger drive that also holds the models can
            // cost less than it plus a model drive (one 1 TB instead of two 0.5 TB).
            var cheapest = os;
            lines.Add(ComponentLine.New(ComponentCategory.Storage, larger, larger.PriceUsd, 1,
                () => $"OS and model drive ({BuildText.Tb(larger.CapacityTb)}, {Figures.Number(larger.ReadMbs, 0)} MB/s): the {BuildText.Gb(need.ModelDriveGb)} needed for {need.Basis} fills at most {Figures.Percent(SharedDriveFraction)} of it, cheaper than the {BuildText.Tb(cheapest.CapacityTb)} OS drive plus a model drive."));
            os = larger;
        }
        else if (models.Count == 0 && SharesOsDrive(os, need))
        {
            var shared = os;
            lines.Add(ComponentLine.New(ComponentCategory.Storage, os, os.PriceUsd, 1,
                () => $"OS and model drive ({BuildText.Tb(shared.CapacityTb)}, {Figures.Number(shared.ReadMbs, 0)} MB/s): the {BuildText.Gb(need.ModelDriveGb)} needed for {need.Basis} fills at most {Figures.Percent(SharedDriveFraction)} of it, so no second drive."));
        }
        else if (Holds(models, need))
        {
            lines.Add(OsLine(os));
            var listedModels = models;
            lines.AddRange(Group(models, d => $"Model drive{(listedModels.Count > 1 ? "s" : string.Empty)} from the archetype: {BuildText.Tb(Tb(listedModels))} holds the {BuildText.Gb(need.ModelDriveGb)} needed for {need.Basis}."));
        }
        else
        {
            lines.Add(OsLine(os));
            var free = Math.Max(1, board.M2Slots - 1);
            var (drive, count) = CheapestModelDrives(need, free, models.FirstOrDefault()?.Id, catalog);
            if (drive is null)
            {
                drive = catalog.Storage.Where(d => d.Kind == StorageKind.Nvme).OrderByDescending(d => d.CapacityTb).ThenBy(d => d.PriceUsd.Range.Midpoint).First();
                count = free;
                gap = $"the models need {BuildText.Gb(need.ModelDriveGb)} of drive space, but the {board.Name}'s {free} free M.2 slots hold at most {BuildText.Tb(free * drive.CapacityTb)}";
            }

            var was = models.Count == 0 ? string.Empty : $", replacing the archetype's {BuildText.Tb(Tb(models))}";
            var bought = Enumerable.Repeat(drive, count).ToList();
            models = bought;
            lines.AddRange(Group(bought, d => $"Model drive{(count > 1 ? "s" : string.Empty)}: the cheapest {BuildText.Tb(Tb(bought))} that holds the {BuildText.Gb(need.ModelDriveGb)} needed for {need.Basis}{(need.DedicatedModelDrive ? $" on a drive of at least {BuildText.Tb(StorageSizing.DedicatedDriveTb)}" : string.Empty)}{was}."));
        }

        var disks = ArchiveDisks(archive, need, catalog);
        lines.AddRange(Group(disks, d => $"Archive disk{(disks.Count > 1 ? "s" : string.Empty)} ({Figures.Number(d.ReadMbs, 0)} MB/s) for offline copies of {BuildText.Gb(need.ModelFilesGb)} of models: {need.ArchiveReason ?? "the archetype includes one"}."));
        return new OneStepDriveChoice([os, .. models, .. disks], lines, gap);
    }

    // The OS drive's line when it holds no models (built only then: a shared drive gets its own sentence).
    private static BuildComponent OsLine(StorageDrive os) =>
        ComponentLine.New(ComponentCategory.Storage, os, os.PriceUsd, 1,
            () => $"OS drive ({BuildText.Tb(os.CapacityTb)}, {Figures.Number(os.ReadMbs, 0)} MB/s): keeps the system and applications apart from the model files, as the guide's tier tables do.");

    /// <summary>
    /// Share of the OS drive that models may take before they get their own drive. A knowledgeable builder puts an
    /// 8B-14B model on the system drive; the guide's tier tables give models their own drive at 70B scale.
    /// </summary>
    public const double SharedDriveFraction = 0.25;

    /// <summary>True when a build with no model drive of its own can keep the models on the OS drive.</summary>
    public static bool SharesOsDrive(StorageDrive os, StorageRequirement need) =>
        os.Kind == StorageKind.Nvme && !need.DedicatedModelDrive && need.ModelDriveGb <= SharedDriveFraction * os.CapacityTb * 1000;

    // The cheapest single NVMe drive that shares the OS and the models, when it costs less than the OS drive plus the
    // cheapest model drives the board's free M.2 slots take; null otherwise.
    private static StorageDrive? LargerSharedDrive(StorageDrive os, Motherboard board, StorageRequirement need, Catalog.Catalog catalog)
    {
        // The first sharing drive by whole-dollar price, then id: one pass, no sort.
        StorageDrive? shared = null;
        foreach (var candidate in catalog.Storage)
        {
            if (SharesOsDrive(candidate, need) && (shared is null || IsCheaper(candidate, shared)))
            {
                shared = candidate;
            }
        }

        if (shared is null)
        {
            return null;
        }

        var (drive, count) = CheapestModelDrives(need, Math.Max(1, board.M2Slots - 1), null, catalog);
        var separate = ComponentPrice.UnitPrice(os.PriceUsd.Range) + (drive is null ? double.PositiveInfinity : count * ComponentPrice.UnitPrice(drive.PriceUsd.Range));
        return ComponentPrice.UnitPrice(shared.PriceUsd.Range) < separate ? shared : null;
    }

    private static bool IsCheaper(StorageDrive drive, StorageDrive other)
    {
        var byPrice = ComponentPrice.UnitPrice(drive.PriceUsd.Range).CompareTo(ComponentPrice.UnitPrice(other.PriceUsd.Range));
        return byPrice != 0 ? byPrice < 0 : string.CompareOrdinal(drive.Id, other.Id) < 0;
    }

    private static bool Holds(IReadOnlyList<StorageDrive> models, StorageRequirement need) =>
        Tb(models) * 1000 >= need.ModelDriveGb
        && (!need.DedicatedModelDrive || models.Any(d => d.CapacityTb >= StorageSizing.DedicatedDriveTb));

    private static (StorageDrive? Drive, int Count) CheapestModelDrives(StorageRequirement need, int freeSlots, string? preferredId, Catalog.Catalog catalog)
    {
        // The first by total mid price, then count, then the preferred drive, then id: one pass, no sort.
        (StorageDrive? Drive, int Count) best = (null, 0);
        var bestPrice = 0d;
        foreach (var drive in catalog.Storage)
        {
            if (drive.Kind != StorageKind.Nvme || (need.DedicatedModelDrive && drive.CapacityTb < StorageSizing.DedicatedDriveTb))
            {
                continue;
            }

            for (var count = 1; count <= freeSlots; count++)
            {
                if (count * drive.CapacityTb * 1000 < need.ModelDriveGb)
                {
                    continue;
                }

                var price = count * drive.PriceUsd.Range.Midpoint;
                if (best.Drive is null || IsBefore(price, count, drive, bestPrice, best.Count, best.Drive, preferredId))
                {
                    best = (drive, count);
                    bestPrice = price;
                }
            }
        }

        return best.Drive is null ? (null, 0) : best;
    }

    private static bool IsBefore(double price, int count, StorageDrive drive, double otherPrice, int otherCount, StorageDrive other, string? preferredId)
    {
        var byPrice = price.CompareTo(otherPrice);
        if (byPrice != 0)
        {
            return byPrice < 0;
        }

        if (count != otherCount)
        {
            return count < otherCount;
        }

        var preferred = drive.Id == preferredId ? 0 : 1;
        var otherPreferred = other.Id == preferredId ? 0 : 1;
        if (preferred != otherPreferred)
        {
            return preferred < otherPreferred;
        }

        return string.CompareOrdinal(drive.Id, other.Id) < 0;
    }

    private static List<StorageDrive> ArchiveDisks(List<StorageDrive> listed, StorageRequirement need, Catalog.Catalog catalog)
    {
        if (!need.ArchiveDrive)
        {
            return listed;
        }

        var disk = listed.FirstOrDefault()
            ?? catalog.Storage.Where(d => d.Kind == StorageKind.Hdd)
                .OrderBy(d => d.PriceUsd.Range.Midpoint / d.CapacityTb).ThenBy(d => d.Id, StringComparer.Ordinal)
                .FirstOrDefault();
        if (disk is null)
        {
            return listed;
        }

        var needed = Math.Max(1, (int)Math.Ceiling(need.ModelFilesGb / (disk.CapacityTb * 1000)));
        return listed.Count >= needed ? listed : Enumerable.Repeat(disk, needed).ToList();
    }

    private static double Tb(IEnumerable<StorageDrive> drives) => drives.Sum(d => d.CapacityTb);

    // One line per drive model; the reason is written when read (it must read only what no later step changes).
    private static List<BuildComponent> Group(IReadOnlyList<StorageDrive> drives, Func<StorageDrive, string> reason) =>
        drives.GroupBy(d => d.Id, StringComparer.Ordinal)
            .Select(group => (Drive: group.First(), Count: group.Count()))
            .Select(line => ComponentLine.New(ComponentCategory.Storage, line.Drive, line.Drive.PriceUsd, line.Count, () => reason(line.Drive)))
            .ToList();
}

/// <summary>The oracle's drive choice: drives, their lines written at once, and any gap.</summary>
internal sealed record OneStepDriveChoice(IReadOnlyList<StorageDrive> Drives, IReadOnlyList<BuildComponent> Lines, string? Gap);
