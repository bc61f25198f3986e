using ExpertRig.Domain.Catalog;

namespace ExpertRig.Domain.Builds.Composition;

/// <summary>
/// The RAM kits the composer's platform preference prices a platform with (<see cref="MemoryKitChooser"/>, without its
/// sentence), chosen once per board, CPU and RAM need in one composition, so that the options of one consultation
/// that try the same platform for the same RAM share the choice.
/// </summary>
internal sealed class PlatformKits(bool eccRequired, Catalog.Catalog catalog)
{
    // Keyed by value, not by the platform or option objects: the board and CPU ids (unique in one catalog) and the two
    // sizes the chooser reads of the need when it writes no sentence (recommended and minimum; its rows and offload
    // figure go only into the sentence). The profile's ECC demand and the catalog are fixed for this instance, which
    // lives for one composition, so every entry is the chooser's own answer for its key.
    private readonly Dictionary<(string Board, string Cpu, double RecommendedGb, double MinimumGb), MemoryChoice> choices = [];

    /// <summary>The kits <see cref="MemoryKitChooser.Choose"/> picks for a composed build (no archetype kit) on the platform.</summary>
    public MemoryChoice For(Platform platform, RamRequirement need)
    {
        ArgumentNullException.ThrowIfNull(platform);
        ArgumentNullException.ThrowIfNull(need);
        var key = (platform.Board.Id, platform.Cpu.Id, need.RecommendedGb, need.MinimumGb);
        if (!choices.TryGetValue(key, out var choice))
        {
            choice = MemoryKitChooser.Choose(platform.Board, platform.Cpu, null, need, eccRequired, catalog, withReason: false);
            choices[key] = choice;
        }

        return choice;
    }
}
