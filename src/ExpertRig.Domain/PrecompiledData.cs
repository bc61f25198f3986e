using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Physics;

namespace ExpertRig.Domain;

/// <summary>
/// The shipped data (the <c>catalog</c> folder beside the program: catalog, archetypes, purchase channels, physics
/// constants, the guide's claims) as the program's own build precompiled it: src/ExpertRig.Precompiler reads
/// rules/catalog with the loaders here, which validate it, and writes what they read as C#, so a start-up parses no
/// YAML (docs/adr/0002-start-up.md). The program installs it before anything is loaded; the <c>LoadDefault</c> methods
/// then return it instead of reading the folder. Without it (tests, tools) they read the folder, as every other catalog,
/// price file or profile is read.
/// </summary>
public sealed class PrecompiledData
{
    /// <summary>The catalog, as <see cref="CatalogLoader.LoadDefault"/> would read it.</summary>
    public required Func<Catalog.Catalog> Catalog { get; init; }

    /// <summary>The archetypes, as <see cref="ArchetypeLoader.LoadDefault"/> would read them.</summary>
    public required Func<IReadOnlyList<Archetype>> Archetypes { get; init; }

    /// <summary>The purchase channels over the given (default) catalog, as <see cref="PurchaseChannelLoader.LoadDefault"/> would read them.</summary>
    public required Func<Catalog.Catalog, PurchaseChannels> PurchaseChannels { get; init; }

    /// <summary>The physics constants, as <see cref="PhysicsConstantsLoader.LoadDefault"/> would read them.</summary>
    public required Func<PhysicsConstants> PhysicsConstants { get; init; }

    /// <summary>The guide's claims, as <see cref="Physics.SeedClaims.LoadDefault"/> would read them.</summary>
    public required Func<SeedClaims> SeedClaims { get; init; }

    internal static PrecompiledData? Installed { get; private set; }

    /// <summary>
    /// Makes <paramref name="data"/> the shipped data of this process. Call it once, before anything is loaded: a
    /// default that is already loaded stays as it was.
    /// </summary>
    public static void Install(PrecompiledData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        Installed = data;
    }
}
