using ExpertRig.Cli.Precompiled;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Physics;

namespace ExpertRig.Cli.Tests.Precompiled;

/// <summary>
/// The data precompiled into the program (what the native binary uses instead of the catalog folder) is what the
/// loaders read from the catalog folder beside the program, member by member: the build wrote it from the same files.
/// </summary>
public sealed class ShippedDataTests
{
    private static readonly string Folder = CatalogLoader.DefaultDirectory;

    [Fact]
    public void Catalog_IsWhatTheLoaderReads()
    {
        var loaded = CatalogLoader.Load(Folder);
        var precompiled = ShippedData.Data.Catalog();

        StructuralDiff.Of(loaded, precompiled, "catalog").ShouldBeEmpty();
        precompiled.Gpus.Count.ShouldBeGreaterThan(0);
        precompiled.Models.Find("gpt-oss-120b").Name.ShouldBe(loaded.Models.Find("gpt-oss-120b").Name);
    }

    [Fact]
    public void Archetypes_AreWhatTheLoaderReads()
    {
        var loaded = ArchetypeLoader.Load(ArchetypeLoader.DefaultPath, CatalogLoader.Load(Folder));

        StructuralDiff.Of(loaded, ShippedData.Data.Archetypes(), "archetypes").ShouldBeEmpty();
    }

    [Fact]
    public void PurchaseChannels_AreWhatTheLoaderReads()
    {
        var catalog = CatalogLoader.Load(Folder);
        var loaded = PurchaseChannelLoader.Load(Folder, catalog);
        var precompiled = ShippedData.Data.PurchaseChannels(catalog);

        StructuralDiff.Of(loaded.Entries, precompiled.Entries, "channels").ShouldBeEmpty();
        foreach (var gpu in catalog.Gpus)
        {
            var line = new BuildComponent(ComponentCategory.Gpu, gpu.Id, gpu.Name, 1, 0, Used: false, "test");
            precompiled.For(line).ShouldBe(loaded.For(line));
        }
    }

    [Fact]
    public void PhysicsConstants_AreWhatTheLoaderReads() =>
        StructuralDiff.Of(
            PhysicsConstantsLoader.Load(Path.Combine(AppContext.BaseDirectory, PhysicsConstantsLoader.DefaultRelativePath)),
            ShippedData.Data.PhysicsConstants(),
            "constants").ShouldBeEmpty();

    [Fact]
    public void SeedClaims_AreWhatTheLoaderReads() =>
        StructuralDiff.Of(SeedClaims.Load(SeedClaims.DefaultPath).Claims, ShippedData.Data.SeedClaims().Claims, "claims").ShouldBeEmpty();

    [Fact]
    public void TheComparison_SeesAChangedFigure()
    {
        var loaded = CatalogLoader.Load(Folder);
        var gpu = loaded.Gpus[0];

        StructuralDiff.Of(gpu, gpu with { BandwidthGbs = gpu.BandwidthGbs + 1 }, "gpu").ShouldHaveSingleItem().ShouldContain("gpu.BandwidthGbs");
        StructuralDiff.Of(gpu, gpu with { PriceUsd = gpu.PriceUsd with { New = null, Used = gpu.PriceUsd.Range } }, "gpu").ShouldNotBeEmpty();
    }
}
