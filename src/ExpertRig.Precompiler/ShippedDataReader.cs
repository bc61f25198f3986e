using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Physics;

namespace ExpertRig.Precompiler;

/// <summary>Everything the program reads from its <c>catalog</c> folder by default, read by the Domain's own loaders.</summary>
/// <param name="Catalog">catalog/*.yaml, validated by <see cref="CatalogLoader.Load"/>.</param>
/// <param name="Archetypes">archetypes.yaml, checked against the catalog.</param>
/// <param name="PurchaseChannels">purchase-channels.yaml, checked against the catalog.</param>
/// <param name="PhysicsConstants">physics/constants.yaml.</param>
/// <param name="SeedClaims">physics/seed-claims.yaml.</param>
public sealed record ShippedDataSet(
    Catalog Catalog,
    IReadOnlyList<Archetype> Archetypes,
    PurchaseChannels PurchaseChannels,
    PhysicsConstants PhysicsConstants,
    SeedClaims SeedClaims);

/// <summary>Reads a catalog folder the way the program's <c>LoadDefault</c> methods read the one beside it.</summary>
public static class ShippedDataReader
{
    /// <summary>Reads and validates every shipped file in <paramref name="folder"/> (rules/catalog).</summary>
    /// <exception cref="CatalogException">A catalog, archetype or channel file is missing or invalid.</exception>
    /// <exception cref="PhysicsDataException">A physics file is missing or invalid.</exception>
    public static ShippedDataSet Read(string folder)
    {
        var catalog = CatalogLoader.Load(folder);
        return new ShippedDataSet(
            catalog,
            ArchetypeLoader.Load(Path.Combine(folder, ArchetypeLoader.FileName), catalog),
            PurchaseChannelLoader.Load(folder, catalog),
            PhysicsConstantsLoader.Load(Path.Combine(folder, "physics", "constants.yaml")),
            SeedClaims.Load(Path.Combine(folder, "physics", SeedClaims.FileName)));
    }
}
