using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Physics;
using ExpertRig.Domain.Predictions;

namespace ExpertRig.Advisor.View;

/// <summary>
/// The guide's speed figures (<see cref="SeedClaims"/>) about the GPUs or systems of a report's builds, recomputed on
/// the catalog's hardware with the same physics and verdicts as docs/seed-claims.md.
/// </summary>
internal static class GuideClaimCorrections
{
    /// <summary>The corrections of claims about the GPUs or systems of <paramref name="builds"/>, in file order.</summary>
    public static IReadOnlyList<GuideCorrectionView> For(IReadOnlyList<Build> builds, Catalog catalog, PhysicsConstants constants)
    {
        var corrections = new List<GuideCorrectionView>();
        foreach (var claim in SeedClaims.LoadDefault().Claims)
        {
            var users = builds.Where(b => b.Gpu?.Id == claim.Device || b.System?.Id == claim.Device).Select(b => b.Archetype).Distinct().ToList();
            if (users.Count == 0 || Device(claim, catalog) is not { } device || !catalog.Models.TryFind(claim.Model, out var model))
            {
                continue;
            }

            corrections.Add(View(SeedClaims.Judge(claim, device, model.Architecture, constants), model, users));
        }

        return corrections;
    }

    private static GuideCorrectionView View(SeedClaims.Verdict verdict, LanguageModel model, IReadOnlyList<string> builds)
    {
        var (claim, estimate, other) = (verdict.Claim, verdict.Estimate, verdict.Also);
        return new GuideCorrectionView(
            claim.Id,
            claim.Quote,
            claim.Where,
            claim.ClaimedLow,
            claim.ClaimedHigh,
            verdict.Setup(model.Name),
            Figures.RoundSpeed(estimate.CeilingTokensPerSecond),
            estimate.Runs ? Figures.RoundSpeed(estimate.DecodeTokensPerSecondPerUser) : null,
            verdict.Text,
            claim.AlsoEngine is { } also ? EngineNames.Display(also) : null,
            other is { Runs: true } ? Figures.RoundSpeed(other.DecodeTokensPerSecondPerUser) : null,
            other is null ? null : Figures.RoundSpeed(other.CeilingTokensPerSecond),
            builds);
    }

    private static DeviceSpec? Device(SeedClaims.Claim claim, Catalog catalog) =>
        catalog.Gpus.TryFind(claim.Device, out var gpu) ? CatalogDevices.ForGpu(gpu)
        : catalog.Systems.TryFind(claim.Device, out var system) ? CatalogDevices.ForSystem(system)
        : null;
}
