using ExpertRig.Domain.Catalog;

namespace ExpertRig.Domain.Builds;

/// <summary>
/// The drives chosen for a discrete build (OS drive first) and any capacity gap; what <see cref="DriveChooser.Lines"/>
/// needs to write their bill-of-materials lines later, for a build that is kept (the composer's trials mostly are not).
/// </summary>
/// <param name="Drives">The OS (or shared) drive, the model drives, then the archive disks.</param>
/// <param name="Gap">Why the model drives fall short; null when they do not.</param>
/// <param name="Kind">Which of the chooser's four cases chose the OS and model drives.</param>
/// <param name="ListedOs">The archetype's OS drive (a larger shared drive replaces it).</param>
/// <param name="ListedModels">The archetype's NVMe model drives (bought drives replace them).</param>
/// <param name="Models">The model drives bought: the archetype's, or the cheapest set that holds the models.</param>
/// <param name="Disks">The archive disks.</param>
/// <param name="Need">The storage requirement the drives were chosen for.</param>
internal sealed record DriveChoice(
    IReadOnlyList<StorageDrive> Drives,
    string? Gap,
    DriveChoice.Plan Kind,
    StorageDrive ListedOs,
    IReadOnlyList<StorageDrive> ListedModels,
    IReadOnlyList<StorageDrive> Models,
    IReadOnlyList<StorageDrive> Disks,
    StorageRequirement Need)
{
    /// <summary>How the OS and model drives were chosen.</summary>
    public enum Plan
    {
        /// <summary>A composed build's one larger drive holds OS and models, cheaper than the OS drive plus a model drive.</summary>
        LargerSharedDrive,

        /// <summary>The archetype's OS drive holds the small models too.</summary>
        SharedOsDrive,

        /// <summary>The archetype's model drives hold the models.</summary>
        ListedModelDrives,

        /// <summary>The cheapest set of one NVMe model that holds the models, in the board's free M.2 slots.</summary>
        BoughtModelDrives,
    }
}
