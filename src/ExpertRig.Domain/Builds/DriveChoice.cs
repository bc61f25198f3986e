using ExpertRig.Domain.Catalog;

namespace ExpertRig.Domain.Builds;

/// <summary>The drives chosen for a build (OS drive first), their bill-of-materials lines, and any capacity gap.</summary>
internal sealed record DriveChoice(IReadOnlyList<StorageDrive> Drives, IReadOnlyList<BuildComponent> Lines, string? Gap);
