using System.Globalization;
using System.Text;
using CsCheck;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Builds.Composition;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Predictions;
using ExpertRig.Domain.Profiles;
using ExpertRig.Domain.Tests.Builds.Oracle;

namespace ExpertRig.Domain.Tests.Builds;

/// <summary>
/// The configurator in two steps — a plan (every part, PSU and gap) and a bill (accessories and bill of materials) —
/// configures exactly what main's one-step configurator did (<see cref="OneStepDiscreteConfigurator"/>, the oracle):
/// for the guide's templates and for composed archetypes on any CPU, board, case and OS drive, with and without the
/// composer's shared sizing. The plan alone already gives every figure the composer's pass/fail checks read.
/// </summary>
public sealed class PlanThenBillTests
{
    private static readonly Catalog.Catalog Catalog = BuildFixtures.Catalog;

    private static readonly string?[] Quants = [null, "Q4_K_M", "Q8_0", "Q2_K", "F16"];

    private static readonly Archetype[] DiscreteTemplates = [.. BuildFixtures.Archetypes.Where(a => !a.IsUnified)];

    private static readonly Gen<Workload> GenWorkload = Gen.Select(
        Gen.Int[0, Catalog.Models.Count - 1],
        Gen.Int[0, Quants.Length - 1],
        Gen.Int[1024, 65536],
        (model, quant, context) => new Workload(Catalog.Models[model].Id, Quants[quant], context));

    private static readonly Gen<Profile> GenProfile = Gen.Select(
        GenWorkload.Array[1, 3],
        Gen.Int[1, 16],
        Gen.Int[0, 7],
        Gen.Int[0, 2],
        Gen.Int[Domain.Builds.GpuPowerLimit.MinPercent, Domain.Builds.GpuPowerLimit.StockPercent],
        (workloads, users, flags, os, limit) => new Profile
        {
            Workloads = workloads,
            BudgetUsd = 20_000,
            ConcurrentUsers = users,
            AcceptUsed = (flags & 1) != 0,
            EccRequired = (flags & 2) != 0,
            Privacy = (flags & 4) != 0 ? Privacy.AirGapped : Privacy.Local,
            FineTuning = users > 8,
            Os = os switch { 0 => OperatingSystemChoice.Linux, 1 => OperatingSystemChoice.Windows, _ => OperatingSystemChoice.Any },
            GpuPowerLimitPercent = limit > 90 ? Domain.Builds.GpuPowerLimit.StockPercent : limit,
        });

    // A composed archetype as the composer makes them, on any catalog platform: one GPU model × 1–8, bridged in pairs
    // when the card has a catalog bridge and the count is even, the OS drive from the catalog.
    private static readonly Gen<Archetype> GenComposed = Gen.Select(
        Gen.Int[0, Catalog.Gpus.Count - 1],
        Gen.Int[1, BuildComposer.MaxGpus],
        Gen.Bool,
        Gen.Int[0, Catalog.Cpus.Count - 1],
        Gen.Int[0, Catalog.Motherboards.Count - 1],
        Gen.Int[0, Catalog.Cases.Count - 1],
        Gen.Int[0, Catalog.Storage.Count - 1],
        (gpu, count, bridged, cpu, board, pcCase, drive) =>
        {
            var card = Catalog.Gpus[gpu];
            var pairs = bridged && count % 2 == 0 && PlatformChooser.Bridges(card, Catalog).Any() ? count / 2 : 0;
            return new Archetype
            {
                Id = $"{count}x-{card.Id}-{Catalog.Motherboards[board].Id}{(pairs > 0 ? "-nvlink" : string.Empty)}",
                Title = "composed",
                Source = "generated",
                Gpu = card.Id,
                GpuCount = count,
                NvlinkPairs = pairs,
                UsedGpus = bridged,
                Cpu = Catalog.Cpus[cpu].Id,
                Motherboard = Catalog.Motherboards[board].Id,
                Case = Catalog.Cases[pcCase].Id,
                Storage = [Catalog.Storage[drive].Id],
                Os = [OperatingSystemChoice.Linux, OperatingSystemChoice.Windows],
                Engine = Domain.Physics.InferenceEngine.LlamaCpp,
                Composed = true,
            };
        });

    [Fact]
    public void PlanThenBill_ConfiguresTheGuidesTemplates_AsTheOneStepConfiguratorDid()
    {
        Gen.Select(Gen.Int[0, DiscreteTemplates.Length - 1], GenProfile).Sample((template, profile) =>
            SameAsOneStep(DiscreteTemplates[template], profile, shareSizing: false), iter: 300);
    }

    [Fact]
    public void PlanThenBill_ConfiguresComposedTrials_AsTheOneStepConfiguratorDid_WithOrWithoutTheComposersSizing()
    {
        Gen.Select(GenComposed, GenProfile, Gen.Bool).Sample((archetype, profile, shareSizing) =>
            SameAsOneStep(archetype, profile, shareSizing), iter: 600);
    }

    [Fact]
    public void EveryComposedCandidate_IsTheBuildTheOneStepConfiguratorMakes()
    {
        GenProfile.Sample(profile =>
        {
            var requirements = new Requirements(profile with { BudgetUsd = 12_000 });
            var needs = BuildFixtures.Needs(requirements);
            var composition = BuildComposer.Compose(BuildFixtures.Archetypes, requirements, needs, BuildFixtures.Knowledge);
            foreach (var archetype in composition.Candidates.Where(a => a.Composed && !a.IsUnified))
            {
                Describe(ComposedBuilds.Configure(archetype, requirements, needs, BuildFixtures.Knowledge))
                    .ShouldBe(Describe(OneStepDiscreteConfigurator.Configure(archetype, requirements, needs, BuildFixtures.Knowledge, null)));
            }
        }, iter: 40);
    }

    [Fact]
    public void EveryTemplate_ConfiguredWithTheComposersSizing_IsTheBuildConfiguredAfresh()
    {
        GenProfile.Sample(profile =>
        {
            var requirements = new Requirements(profile with { BudgetUsd = 12_000 });
            var needs = BuildFixtures.Needs(requirements);
            var knowledge = BuildFixtures.Knowledge;
            BuildComposer.Compose(BuildFixtures.Archetypes, requirements, needs, knowledge);
            foreach (var template in BuildFixtures.Archetypes)
            {
                var afresh = template.IsUnified
                    ? BuildConfigurator.Configure(template, requirements, needs, knowledge)
                    : OneStepDiscreteConfigurator.Configure(template, requirements, needs, knowledge, null);
                Describe(ComposedBuilds.Configure(template, requirements, [.. needs], knowledge)).ShouldBe(Describe(afresh));
            }
        }, iter: 40);
    }

    private static void SameAsOneStep(Archetype archetype, Profile profile, bool shareSizing)
    {
        var requirements = new Requirements(profile);
        var needs = BuildFixtures.Needs(requirements);
        var knowledge = BuildFixtures.Knowledge;
        TrialSizing? Sizing()
        {
            if (!shareSizing)
            {
                return null;
            }

            var card = Catalog.FindGpu(archetype.Gpu!);
            var sizing = new TrialSizing();
            sizing.KnowRam(card, archetype.GpuCount, RamSizing.ForConfiguration(card, archetype.GpuCount, requirements, needs, knowledge));
            return sizing;
        }

        Build oneStep;
        try
        {
            oneStep = OneStepDiscreteConfigurator.Configure(archetype, requirements, needs, knowledge, Sizing());
        }
        catch (Exception expected) when (expected is not ShouldAssertException)
        {
            Should.Throw(() => DiscreteBuildConfigurator.Plan(archetype, requirements, needs, knowledge, Sizing()), expected.GetType());
            return;
        }

        var plan = DiscreteBuildConfigurator.Plan(archetype, requirements, needs, knowledge, Sizing());

        // What the composer decides a trial on, from the plan alone.
        plan.Gaps.ShouldBe(oneStep.Gaps);
        BuildHardware.Host(plan.Parts).ShouldBe(BuildHardware.Host(oneStep));
        BuildPower.Components(plan.Parts).ShouldBe(BuildPower.Components(oneStep));
        PcieLaneBudget.CpuLanesForGpus(plan.Parts).ShouldBe(PcieLaneBudget.CpuLanesForGpus(oneStep));
        PcieLaneBudget.LanesForX8PerGpu(plan.Parts).ShouldBe(PcieLaneBudget.LanesForX8PerGpu(oneStep));

        Describe(DiscreteBuildConfigurator.Bill(plan)).ShouldBe(Describe(oneStep));
        Describe(BuildConfigurator.Configure(archetype, requirements, needs, knowledge)).ShouldBe(Describe(oneStep));
    }

    /// <summary>Every property of a build, its bill of materials with each line's reason, as text.</summary>
    private static string Describe(Build b)
    {
        var text = new StringBuilder();
        void Add(string name, object? value) => text.Append(name).Append('=').Append(Convert.ToString(value, CultureInfo.InvariantCulture)).Append('\n');
        Add(nameof(b.Archetype), b.Archetype);
        Add(nameof(b.Title), b.Title);
        Add(nameof(b.Source), b.Source);
        Add(nameof(b.Gpu), b.Gpu?.Id);
        Add(nameof(b.GpuCount), b.GpuCount);
        Add(nameof(b.System), b.System?.Id);
        Add(nameof(b.SystemCount), b.SystemCount);
        Add(nameof(b.Cpu), b.Cpu?.Id);
        Add(nameof(b.Motherboard), b.Motherboard?.Id);
        Add(nameof(b.Memory), b.Memory?.Id);
        Add(nameof(b.MemoryKitCount), b.MemoryKitCount);
        Add(nameof(b.Psu), b.Psu?.Id);
        Add(nameof(b.PsuCount), b.PsuCount);
        Add(nameof(b.Cooler), b.Cooler?.Id);
        Add(nameof(b.Case), b.Case?.Id);
        Add(nameof(b.Storage), string.Join(",", b.Storage.Select(d => d.Id)));
        Add(nameof(b.Accessories), string.Join(",", b.Accessories.Select(a => a.Id)));
        Add(nameof(b.UsesNvlink), b.UsesNvlink);
        Add(nameof(b.PowerLimit), b.PowerLimit);
        Add(nameof(b.UsedGpus), b.UsedGpus);
        Add(nameof(b.SupportedOs), string.Join(",", b.SupportedOs));
        Add(nameof(b.DefaultEngine), b.DefaultEngine);
        Add(nameof(b.Gaps), string.Join(" | ", b.Gaps));
        Add(nameof(b.Composed), b.Composed);
        Add(nameof(b.TotalPriceUsd), b.TotalPriceUsd.ToString("R", CultureInfo.InvariantCulture));
        foreach (var line in b.Components)
        {
            Add("line", $"{line.Category} {line.Id} '{line.Name}' ×{line.Quantity} @{line.UnitPriceUsd.ToString("R", CultureInfo.InvariantCulture)} used={line.Used} {line.PriceBasis} {line.PriceMonth}: {line.Reason}");
        }

        return text.ToString();
    }
}
