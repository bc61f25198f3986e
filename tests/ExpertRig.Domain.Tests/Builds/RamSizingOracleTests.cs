using CsCheck;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Profiles;
using ExpertRig.Domain.Tests.Builds.Oracle;

namespace ExpertRig.Domain.Tests.Builds;

/// <summary>
/// The RAM sizing without LINQ, and in the parts the composer shares between its options (what each workload needs to
/// run, worked out once; the requirement once per usable and marketed GPU memory), sizes exactly what main's did
/// (<see cref="OneStepRamSizing"/>, the oracle), rows, figures and shortfalls alike.
/// </summary>
public sealed class RamSizingOracleTests
{
    private static readonly Catalog.Catalog Catalog = BuildFixtures.Catalog;

    private static readonly string?[] Quants = [null, "Q4_K_M", "Q8_0", "Q2_K", "F16"];

    private static readonly Gen<Profile> GenProfile = Gen.Select(
        Gen.Select(Gen.Int[0, Catalog.Models.Count - 1], Gen.Int[0, Quants.Length - 1], Gen.Int[1024, 131072],
            (model, quant, context) => new Workload(Catalog.Models[model].Id, Quants[quant], context)).Array[1, 3],
        Gen.Int[1, 16],
        Gen.Bool,
        (workloads, users, fineTuning) => new Profile { Workloads = workloads, BudgetUsd = 20_000, ConcurrentUsers = users, FineTuning = fineTuning });

    private static readonly Gen<(int Gpu, int Count)> GenCards = Gen.Select(Gen.Int[0, Catalog.Gpus.Count - 1], Gen.Int[1, 8]);

    [Fact]
    public void ForConfiguration_SizesAsMainDid()
    {
        Gen.Select(GenProfile, GenCards).Sample((profile, cards) =>
        {
            var (requirements, needs, gpu) = (new Requirements(profile), BuildFixtures.Needs(new Requirements(profile)), Catalog.Gpus[cards.Gpu]);
            Describe(RamSizing.ForConfiguration(gpu, cards.Count, requirements, needs, BuildFixtures.Knowledge))
                .ShouldBe(Describe(OneStepRamSizing.ForConfiguration(gpu, cards.Count, requirements, needs, BuildFixtures.Knowledge)));
        }, iter: 2000);
    }

    [Fact]
    public void ForConfiguration_FromItsParts_IsTheSameForAnyCardsOfTheSameUsableAndMarketedMemory()
    {
        // The composer sizes one option and reuses the answer for every other option of the same two figures.
        Gen.Select(GenProfile, GenCards, GenCards).Sample((profile, first, second) =>
        {
            var requirements = new Requirements(profile);
            var needs = BuildFixtures.Needs(requirements);
            var physics = BuildFixtures.Knowledge.Physics;
            var running = RamSizing.RunningGb(requirements, needs, BuildFixtures.Knowledge);
            foreach (var (gpu, count) in new[] { (Catalog.Gpus[first.Gpu], first.Count), (Catalog.Gpus[second.Gpu], second.Count) })
            {
                var shared = RamSizing.ForConfiguration(WorkloadMemory.UsableGb(gpu, count, physics), gpu.VramGb * count, requirements, needs, running, physics);
                Describe(shared).ShouldBe(Describe(OneStepRamSizing.ForConfiguration(gpu, count, requirements, needs, BuildFixtures.Knowledge)));
            }
        }, iter: 1000);
    }

    [Fact]
    public void Apply_AndHardShortfall_ReadTheRowsAsMainDid()
    {
        var models = Catalog.Models;
        var loads = Gen.Select(Gen.Int[0, models.Count - 1], Gen.OneOf(Gen.Const(0.0), Gen.Double[0, 600], Gen.Int[1, 4].Select(i => i * 32.0)),
            (model, gb) => new RamLoad(models[model], gb)).Array[0, 4];
        Gen.Select(loads, Gen.Int[1, 16], Gen.Bool, Gen.OneOf(Gen.Const(0.0), Gen.Double[0, 800]), Gen.Double[0, 1100]).Sample((each, users, fineTuning, gpuGb, ramGb) =>
        {
            var requirement = GuideRamTable.Apply(each, users, fineTuning, 8, gpuGb);
            Describe(requirement).ShouldBe(Describe(OneStepRamSizing.Apply(each, users, fineTuning, 8, gpuGb)));
            requirement.HardShortfall(ramGb).ShouldBe(OneStepRamSizing.HardShortfall(requirement, ramGb));
        }, iter: 3000);
    }

    [Fact]
    public void Shortfalls_PickTheRowMainPicked_RowForRow_WhenRowsTie()
    {
        // Figures from a few values, so that rows tie (the first of the largest is the answer) and RAM meets some exactly.
        double[] figures = [0, 16, 32, 64, 96, 128, 256];
        var gb = Gen.Int[0, figures.Length - 1].Select(i => figures[i]);
        var row = Gen.Select(gb, gb, Gen.Bool, (minimum, recommended, hard) => new RamGuideline($"{minimum}/{recommended}/{hard}", minimum, recommended, hard));
        Gen.Select(row.Array[0, 6], gb).Sample((rows, ramGb) =>
        {
            var requirement = new RamRequirement(0, 0, 0, rows);

            requirement.HardShortfall(ramGb).ShouldBeSameAs(OneStepRamSizing.HardShortfall(requirement, ramGb));
            requirement.SoftShortfall(ramGb).ShouldBeSameAs(OneStepRamSizing.SoftShortfall(requirement, ramGb));
        });
    }

    private static string Describe(RamRequirement ram) =>
        $"{ram.MinimumGb:R} {ram.RecommendedGb:R} {ram.OffloadGb:R} | {string.Join(" | ", ram.Rows.Select(r => $"{r} hard={r.Hard} {r.Authority} gpu={r.MatchesGpuMemory}"))}";
}
