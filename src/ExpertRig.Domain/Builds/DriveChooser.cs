using ExpertRig.Domain.Catalog;

namespace ExpertRig.Domain.Builds;

/// <summary>
/// Keeps the archetype's OS drive and, when they hold the models with headroom, its model drives; a build that lists no
/// model drive keeps small models (at most a quarter of the OS drive) on the OS drive; otherwise picks the cheapest set
/// of one NVMe model that does within the board's free M.2 slots. Adds archive disks for offline copies
/// when the storage requirement asks for them.
/// </summary>
internal static class DriveChooser
{
    public static DriveChoice Discrete(Archetype archetype, Motherboard board, StorageRequirement need, Catalog.Catalog catalog)
    {
        var os = catalog.FindStorage(archetype.Storage[0]);
        var listedModels = new List<StorageDrive>();
        var archive = new List<StorageDrive>();
        for (var i = 1; i < archetype.Storage.Count; i++)
        {
            var drive = catalog.FindStorage(archetype.Storage[i]);
            if (drive.Kind == StorageKind.Nvme)
            {
                listedModels.Add(drive);
            }
            else if (drive.Kind == StorageKind.Hdd)
            {
                archive.Add(drive);
            }
        }

        var listedOs = os;
        var models = listedModels;
        DriveChoice.Plan plan;
        string? gap = null;
        if (archetype.Composed && models.Count == 0 && !SharesOsDrive(os, need)
            && LargerSharedDrive(os, board, need, catalog) is { } larger)
        {
            // A composed build's OS drive is the catalog's cheapest: one larger drive that also holds the models can
            // cost less than it plus a model drive (one 1 TB instead of two 0.5 TB).
            plan = DriveChoice.Plan.LargerSharedDrive;
            os = larger;
        }
        else if (models.Count == 0 && SharesOsDrive(os, need))
        {
            plan = DriveChoice.Plan.SharedOsDrive;
        }
        else if (Holds(models, need))
        {
            plan = DriveChoice.Plan.ListedModelDrives;
        }
        else
        {
            plan = DriveChoice.Plan.BoughtModelDrives;
            var free = Math.Max(1, board.M2Slots - 1);
            var (drive, count) = CheapestModelDrives(need, free, models.Count > 0 ? models[0].Id : null, catalog);
            if (drive is null)
            {
                drive = catalog.Storage.Where(d => d.Kind == StorageKind.Nvme).OrderByDescending(d => d.CapacityTb).ThenBy(d => d.PriceUsd.Range.Midpoint).First();
                count = free;
                gap = $"the models need {BuildText.Gb(need.ModelDriveGb)} of drive space, but the {board.Name}'s {free} free M.2 slots hold at most {BuildText.Tb(free * drive.CapacityTb)}";
            }

            models = [.. Enumerable.Repeat(drive, count)];
        }

        var disks = ArchiveDisks(archive, need, catalog);
        return new DriveChoice([os, .. models, .. disks], gap, plan, listedOs, listedModels, models, disks, need);
    }

    /// <summary>
    /// The bill-of-materials lines of a discrete build's drives, as <see cref="Discrete"/> chose them: the OS (or shared)
    /// drive, the model drives, then the archive disks, one line per drive model, each reason written when read.
    /// </summary>
    public static List<BuildComponent> Lines(DriveChoice choice)
    {
        var need = choice.Need;
        var lines = new List<BuildComponent>();
        var os = choice.Drives[0];
        switch (choice.Kind)
        {
            case DriveChoice.Plan.LargerSharedDrive:
                var cheapest = choice.ListedOs;
                lines.Add(ComponentLine.New(ComponentCategory.Storage, os, os.PriceUsd, 1,
                    () => $"OS and model drive ({BuildText.Tb(os.CapacityTb)}, {Figures.Number(os.ReadMbs, 0)} MB/s): the {BuildText.Gb(need.ModelDriveGb)} needed for {need.Basis} fills at most {Figures.Percent(SharedDriveFraction)} of it, cheaper than the {BuildText.Tb(cheapest.CapacityTb)} OS drive plus a model drive."));
                break;
            case DriveChoice.Plan.SharedOsDrive:
                lines.Add(ComponentLine.New(ComponentCategory.Storage, os, os.PriceUsd, 1,
                    () => $"OS and model drive ({BuildText.Tb(os.CapacityTb)}, {Figures.Number(os.ReadMbs, 0)} MB/s): the {BuildText.Gb(need.ModelDriveGb)} needed for {need.Basis} fills at most {Figures.Percent(SharedDriveFraction)} of it, so no second drive."));
                break;
            case DriveChoice.Plan.ListedModelDrives:
                lines.Add(OsLine(os));
                var listedModels = choice.Models;
                AddGrouped(lines, listedModels, d => $"Model drive{(listedModels.Count > 1 ? "s" : string.Empty)} from the archetype: {BuildText.Tb(Tb(listedModels))} holds the {BuildText.Gb(need.ModelDriveGb)} needed for {need.Basis}.");
                break;
            default:
                lines.Add(OsLine(os));
                var replaced = choice.ListedModels;
                var was = replaced.Count == 0 ? string.Empty : $", replacing the archetype's {BuildText.Tb(Tb(replaced))}";
                var bought = choice.Models;
                var count = bought.Count;
                AddGrouped(lines, bought, d => $"Model drive{(count > 1 ? "s" : string.Empty)}: the cheapest {BuildText.Tb(Tb(bought))} that holds the {BuildText.Gb(need.ModelDriveGb)} needed for {need.Basis}{(need.DedicatedModelDrive ? $" on a drive of at least {BuildText.Tb(StorageSizing.DedicatedDriveTb)}" : string.Empty)}{was}.");
                break;
        }

        var disks = choice.Disks;
        if (disks.Count > 0)
        {
            AddGrouped(lines, disks, d => $"Archive disk{(disks.Count > 1 ? "s" : string.Empty)} ({Figures.Number(d.ReadMbs, 0)} MB/s) for offline copies of {BuildText.Gb(need.ModelFilesGb)} of models: {need.ArchiveReason ?? "the archetype includes one"}.");
        }

        return lines;
    }

    // The OS drive's line when it holds no models (built only then: a shared drive gets its own sentence).
    private static BuildComponent OsLine(StorageDrive os) =>
        ComponentLine.New(ComponentCategory.Storage, os, os.PriceUsd, 1,
            () => $"OS drive ({BuildText.Tb(os.CapacityTb)}, {Figures.Number(os.ReadMbs, 0)} MB/s): keeps the system and applications apart from the model files, as the guide's tier tables do.");

    /// <summary>A unified system's archive disks and their lines (the system's own storage is part of it).</summary>
    public static (List<StorageDrive> Drives, List<BuildComponent> Lines) Unified(StorageRequirement need, Catalog.Catalog catalog)
    {
        var archive = ArchiveDisks([], need, catalog);
        var lines = new List<BuildComponent>();
        AddGrouped(lines, archive, d => $"External archive disk{(archive.Count > 1 ? "s" : string.Empty)} (in a USB enclosure) for offline copies of {BuildText.Gb(need.ModelFilesGb)} of models: {need.ArchiveReason}.");
        return (archive, lines);
    }

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

    // One line per drive model, in the order each first appears, with how many of it; the reason is written when read
    // (it must read only what no later step changes). Loops, not a GroupBy: every kept build writes these lines.
    private static void AddGrouped(List<BuildComponent> lines, IReadOnlyList<StorageDrive> drives, Func<StorageDrive, string> reason)
    {
        for (var i = 0; i < drives.Count; i++)
        {
            var drive = drives[i];
            if (Appears(drives, drive.Id, 0, i) > 0)
            {
                continue;
            }

            lines.Add(ComponentLine.New(ComponentCategory.Storage, drive, drive.PriceUsd, Appears(drives, drive.Id, i, drives.Count), () => reason(drive)));
        }
    }

    private static int Appears(IReadOnlyList<StorageDrive> drives, string id, int from, int to)
    {
        var times = 0;
        for (var i = from; i < to; i++)
        {
            if (string.Equals(drives[i].Id, id, StringComparison.Ordinal))
            {
                times++;
            }
        }

        return times;
    }
}
