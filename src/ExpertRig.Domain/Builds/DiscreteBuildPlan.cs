using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;

namespace ExpertRig.Domain.Builds;

/// <summary>
/// A discrete build planned but not yet billed (<see cref="DiscreteBuildConfigurator.Plan"/>): every choice made and
/// every gap found, what the composer's checks read; <see cref="DiscreteBuildConfigurator.Bill"/> turns it into the
/// <see cref="Build"/> for the trials that are kept.
/// </summary>
/// <param name="Archetype">The archetype configured.</param>
/// <param name="Requirements">The profile it was configured for.</param>
/// <param name="Catalog">The catalog its parts come from.</param>
/// <param name="Parts">The build's parts — GPUs, CPU, board, RAM kits, cooler, case, drives — without PSUs, accessories,
/// gaps or bill of materials: what the power, lane and host figures read.</param>
/// <param name="CoolerReason">Writes why the cooler; null without one.</param>
/// <param name="Memory">The RAM kits chosen.</param>
/// <param name="Drives">The drives chosen.</param>
/// <param name="Psu">The PSUs chosen.</param>
/// <param name="Licence">The Windows licence a Windows build buys; null on Linux or when the catalog has none that fits (a gap).</param>
/// <param name="Gaps">Parts the catalog could not supply, one sentence each, in the order the configurator met them.</param>
internal sealed record DiscreteBuildPlan(
    Archetype Archetype,
    Requirements Requirements,
    Catalog.Catalog Catalog,
    Build Parts,
    Func<string>? CoolerReason,
    MemoryChoice Memory,
    DriveChoice Drives,
    PsuChoice Psu,
    Accessory? Licence,
    IReadOnlyList<string> Gaps);
