using ExpertRig.Domain.Physics;

namespace ExpertRig.Domain.Facts;

/// <summary>
/// The data the rules reason over (the sourced catalog and the calibrated physics constants), inserted once per
/// session so rules read it as a fact instead of a global.
/// </summary>
public sealed record Knowledge(Catalog.Catalog Catalog, PhysicsConstants Physics)
{
    /// <inheritdoc />
    public override string ToString() => "Knowledge (catalog + physics constants)";
}
