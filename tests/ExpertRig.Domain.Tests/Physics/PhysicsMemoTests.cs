using CsCheck;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Physics;
using ExpertRig.Domain.Predictions;
using ExpertRig.Domain.Tests.Builds;

namespace ExpertRig.Domain.Tests.Physics;

/// <summary>
/// Issue 11: footprints, KV layouts, weight formats, device specs and device lists are made once and shared. Whatever
/// was asked before, each answers what making it afresh gives; and a scenario made on the devices
/// <see cref="BackendChoice.SettledAlone"/> settles is the scenario the estimator would have settled.
/// </summary>
public sealed class PhysicsMemoTests
{
    private static readonly PhysicsConstants Constants = BuildFixtures.Knowledge.Physics;

    private static readonly WeightFormat[] Formats =
    [
        .. BuildFixtures.Catalog.Quantizations.Select(CatalogDevices.ForQuant),
        new WeightFormat("MXFP4", 4.25, WeightFormatFamily.Gguf),
        new WeightFormat("not mxfp4", 4.25, WeightFormatFamily.Gguf),
    ];

    [Fact]
    public void AFootprint_IsTheFootprintMadeAfresh_WhateverWasAskedBefore()
    {
        var models = BuildFixtures.Catalog.Models.Select(m => m.Architecture).ToArray();
        var kvTypes = Enum.GetValues<KvCacheType>();
        Gen.Select(Gen.Int[0, models.Length - 1], Gen.Int[0, Formats.Length - 1].Array[1, 6], Gen.Int[0, kvTypes.Length - 1].Array[6])
            .Sample((m, formats, kvs) =>
            {
                var model = models[m];
                for (var i = 0; i < formats.Length; i++)
                {
                    var kept = Footprint(model, Formats[formats[i]], kvTypes[kvs[i]]);
                    // A copy of the architecture is another key, so its footprint is made afresh.
                    var fresh = Footprint(model with { }, Formats[formats[i]] with { }, kvTypes[kvs[i]]);
                    if (kept is null ? fresh is not null : !kept.Equals(fresh))
                    {
                        return false;
                    }
                }

                return true;
            });
    }

    [Fact]
    public void TheSameFootprint_IsMadeOnce()
    {
        var model = BuildFixtures.Catalog.Models.First().Architecture;

        ModelFootprint.Of(model, Examples.Q4KM, KvCacheType.F16, Constants)
            .ShouldBeSameAs(ModelFootprint.Of(model, Examples.Q4KM with { }, KvCacheType.F16, Constants));
    }

    [Fact]
    public void AKvLayout_IsTheLayoutMadeAfresh_WhateverWasAskedBefore()
    {
        var models = BuildFixtures.Catalog.Models.Select(m => m.Architecture).ToArray();
        var kvTypes = Enum.GetValues<KvCacheType>();
        Gen.Select(Gen.Int[0, models.Length - 1], Gen.Int[0, kvTypes.Length - 1].Array[1, 6])
            .Sample((m, kvs) => kvs.All(kv =>
                MemoryEstimator.Layout(models[m], kvTypes[kv], Constants) == KvLayout.Of(models[m], Constants.Memory.KvBytesPerElement[kvTypes[kv]])));
    }

    [Fact]
    public void AQuantizationsWeightFormat_IsMadeOnce_AndIsTheFormatMadeAfresh()
    {
        foreach (var quant in BuildFixtures.Catalog.Quantizations)
        {
            var format = CatalogDevices.ForQuant(quant);
            CatalogDevices.ForQuant(quant).ShouldBeSameAs(format);
            format.ShouldBe(CatalogDevices.ForQuant(quant with { }));
        }
    }

    [Fact]
    public void BuildsWithTheSameAccelerators_ShareOneDeviceList_AndOthersGetTheirOwn()
    {
        var requirements = BuildFixtures.Typical;
        var needs = BuildFixtures.Needs(requirements);
        var dual = BuildConfigurator.Configure(BuildFixtures.Archetype("tier2-dual-rtx5090"), requirements, needs, BuildFixtures.Knowledge);
        var other = dual with { Psu = null };
        var single = dual with { GpuCount = 1 };
        var copiedCard = dual with { Gpu = dual.Gpu! with { } };
        var unbridged = dual with { UsesNvlink = !dual.UsesNvlink };

        BuildHardware.Devices(other).ShouldBeSameAs(BuildHardware.Devices(dual));
        BuildHardware.Devices(single).Count.ShouldBe(1);
        BuildHardware.Devices(dual).Count.ShouldBe(2);
        BuildHardware.Devices(copiedCard).ShouldBe(BuildHardware.Devices(dual));
        BuildHardware.Devices(unbridged).ShouldAllBe(d => d.NvlinkGbs == (unbridged.UsesNvlink ? dual.Gpu!.NvlinkBandwidthGbs ?? 0 : 0));
        CatalogDevices.ForGpu(dual.Gpu!).ShouldBeSameAs(CatalogDevices.ForGpu(dual.Gpu!));
        CatalogDevices.ForGpu(dual.Gpu!).ShouldBe(CatalogDevices.ForGpu(dual.Gpu! with { }));
    }

    [Fact]
    public void AScenarioOnTheSettledDevices_IsTheCandidateTheEstimatorWouldSettle_AndEstimatesTheSame()
    {
        var engines = Enum.GetValues<InferenceEngine>();
        foreach (var gpu in BuildFixtures.Catalog.Gpus)
        {
            foreach (var count in new[] { 1, 2 })
            {
                foreach (var engine in engines)
                {
                    var devices = Enumerable.Repeat(CatalogDevices.ForGpu(gpu), count).ToList();
                    var open = new InferenceScenario(Examples.Llama3_8B, Examples.Q4KM, devices, engine, Host: Examples.Ddr5_6000_96Gb);
                    var candidates = BackendChoice.Candidates(open, Constants);
                    var settled = BackendChoice.SettledAlone(devices, Constants, engine);
                    if (settled is null)
                    {
                        candidates.Count.ShouldBeGreaterThan(1);
                        continue;
                    }

                    var onSettled = open with { Devices = settled };
                    candidates.ShouldHaveSingleItem().ShouldBe(onSettled);
                    var expected = InferenceEstimator.Estimate(open, Constants);
                    var actual = InferenceEstimator.Estimate(onSettled, Constants);
                    (actual with { PerDevice = expected.PerDevice, Assumptions = expected.Assumptions }).ShouldBe(expected);
                    actual.PerDevice.ShouldBe(expected.PerDevice);
                    actual.Assumptions.ShouldBe(expected.Assumptions);
                }
            }
        }
    }

    private static ModelFootprint? Footprint(ModelArchitecture model, WeightFormat format, KvCacheType kv)
    {
        try
        {
            return ModelFootprint.Of(model, format, kv, Constants);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
