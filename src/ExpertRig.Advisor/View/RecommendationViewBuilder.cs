using ExpertRig.Domain;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;
using ExpertRig.Domain.Profiles;
using ExpertRig.Engine;

namespace ExpertRig.Advisor.View;

/// <summary>
/// Turns a <see cref="Consultation"/> into the <see cref="RecommendationView"/>. Every figure is rounded here to the
/// precision it is shown at (<see cref="Figures"/>), so JSON, the report, the wizard and the rules' sentences agree.
/// </summary>
public static class RecommendationViewBuilder
{
    // The hard constraint "more money" lifts (rules/ExpertRig.Rules: WithinBudgetRule).
    private const string BudgetRule = "within-budget";

    // The 230 V circuits (10a-230v … 32a-230v) are the European/UK/Australian ones; the others are North American.
    private const int EuropeanVolts = 230;

    /// <summary>The view of a consultation, keeping the first <paramref name="top"/> ranked builds (all when null).</summary>
    public static RecommendationView From(Consultation consultation, int? top = null)
    {
        var ranked = consultation.Ranked.Take(top ?? int.MaxValue).ToList();
        var tags = RuleTags(consultation);
        var builds = ranked.Select(r => Build(consultation, r, tags)).ToList();
        var rejectedBuilds = consultation.Rejected;
        var rejected = rejectedBuilds.Select(b => Rejected(consultation, b)).ToList();
        var general = consultation.FindingsFor(null);
        var knowledge = consultation.Session.Query<Knowledge>().Single();
        return new RecommendationView(
            Needs(consultation),
            builds,
            rejected,
            [.. general.Where(f => f.Kind == FindingKind.Warning).Select(Text)],
            [.. general.Where(f => f.Kind != FindingKind.Warning).Select(Text)],
            consultation.FiredRules,
            Comparison(builds),
            MoreMoneyBuys(builds, rejectedBuilds.Zip(rejected).Where(r => OnlyOverBudget(consultation, r.First)).Select(r => r.Second)),
            Method(consultation),
            Assumptions(consultation, ranked),
            GuideClaimCorrections.For(ranked.Count > 0 ? [.. ranked.Select(r => r.Build)] : rejectedBuilds, knowledge.Catalog, knowledge.Physics),
            FiredRules(consultation),
            [.. consultation.Session.Journal.Select(Audit)])
        {
            Pruned = [.. consultation.Pruned.Select(p => new PrunedView(p.Option, p.Because))],
        };
    }

    private static BuildView Build(Consultation consultation, RankedBuild ranked, IReadOnlyDictionary<string, IReadOnlyList<string>> tags)
    {
        var build = ranked.Build;
        var findings = consultation.FindingsFor(build);
        var software = consultation.SoftwareFor(build);
        var notes = findings.Where(f => f.Kind == FindingKind.Note).ToList();
        bool Tagged(Finding f, string tag) => tags.TryGetValue(f.Rule, out var t) && t.Contains(tag);
        return new BuildView(
            ranked.Rank,
            build.Archetype,
            build.Title,
            build.Source,
            ranked.Score,
            ranked.Explanation,
            [.. build.Components.Select(c => new ComponentView(
                c.Category.ToString().ToLowerInvariant(), c.Id, c.Name, c.Quantity, Figures.Dollars(c.UnitPriceUsd), Figures.Dollars(c.SubtotalUsd), c.Used, c.Reason,
                PurchaseChannelLoader.LoadDefault().For(c), HasNamedChannel(PurchaseChannelLoader.LoadDefault().For(c)),
                c.PriceBasis is { } basis ? PriceBasisMonths.Spelling(basis) : null, c.PriceMonth))],
            Figures.Dollars(build.TotalPriceUsd),
            new MemoryView(
                Figures.RoundGb(Decimal(build.AcceleratorMemoryGb)), Figures.RoundGb(Decimal(build.SystemRamGb)),
                build.IsUnified, Figures.RoundGb(build.AcceleratorMemoryGb), Figures.RoundGb(build.SystemRamGb)),
            [.. consultation.PredictionsFor(build).Select(Workload)],
            consultation.PowerFor(build) is { } power ? Power(power, consultation.Profile) : null,
            software is null ? "" : EngineNames.Display(software.Engine),
            software?.Reason ?? "",
            Because(consultation, build),
            [.. findings.Where(f => f.Kind == FindingKind.Warning).Select(Text)],
            [.. notes.Select(Text)],
            [.. findings.Where(f => f.Kind == FindingKind.Endorsement).Select(Text)],
            [.. notes.Where(f => Tagged(f, "software")).Select(Text)],
            [.. notes.Where(f => Tagged(f, "upgrade")).Select(Text)],
            [.. notes.Where(f => !Tagged(f, "software") && !Tagged(f, "upgrade")).Select(Text)]);
    }

    /// <summary>
    /// The reasons specific to the build, by rule priority then rule order: each firing that matched the build and concluded a finding
    /// about it that is not a warning, note or violation. A firing that only produced a fact (configure, predict,
    /// power, feasible) states the method every build goes through; <see cref="Method"/> lists those once.
    /// </summary>
    private static IReadOnlyList<RuleTextView> Because(Consultation consultation, Build build)
    {
        var because = new List<RuleTextView>();
        var seen = new HashSet<string>();
        foreach (var firing in consultation.Session.Journal)
        {
            var matchesBuild = firing.Facts.Any(f => ReferenceEquals(f.Value, build) || Mentions(f.Value, build))
                || firing.Inserted.Any(f => ReferenceEquals(f, build));
            if (!matchesBuild)
            {
                continue;
            }

            var finding = firing.Inserted.OfType<Finding>().FirstOrDefault(f => ReferenceEquals(f.Build, build))
                ?? firing.Updated.OfType<Finding>().FirstOrDefault(f => ReferenceEquals(f.Build, build));
            if (finding is { Kind: FindingKind.Warning or FindingKind.Note or FindingKind.Violation })
            {
                continue;
            }

            if (finding is null)
            {
                continue;
            }

            var text = finding.Text;
            if (seen.Add(firing.Rule.Name + "\n" + text))
            {
                because.Add(new RuleTextView(firing.Rule.Name, text));
            }
        }

        // By the rule base's order, not the firing order (a rule's own reasons keep the order it gave them).
        return [.. because.OrderBy(r => r.Rule, consultation.RuleOrder)];
    }

    /// <summary>
    /// The rules that fired for builds without concluding anything specific to one (they produced facts: the
    /// configured build, its software, power, predictions, feasibility), each once, by rule priority then rule order.
    /// </summary>
    private static IReadOnlyList<RuleTextView> Method(Consultation consultation)
    {
        var method = new List<RuleTextView>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var firing in consultation.Session.Journal)
        {
            var aboutABuild = firing.Facts.Any(f => f.Value is Build || f.Value is FeasibleBuild) || firing.Inserted.Any(f => f is Build);
            var concludedAFinding = firing.Inserted.OfType<Finding>().Any() || firing.Updated.OfType<Finding>().Any();
            if (aboutABuild && !concludedAFinding && seen.Add(firing.Rule.Name))
            {
                method.Add(new RuleTextView(firing.Rule.Name, firing.Rule.Description));
            }
        }

        return [.. method.OrderBy(r => r.Rule, consultation.RuleOrder)];
    }

    // The catalog's catch-all channels read "Any retailer: the guide names no channel for this part"; every other
    // channel names where to buy.
    private static bool HasNamedChannel(string channel) => !channel.StartsWith("Any retailer", StringComparison.Ordinal);

    // Vendor GB (GiB, as VRAM, unified memory and DIMMs are sold) in GB of 10^9 bytes.
    private static double Decimal(double vendorGb) => vendorGb * PhysicsUnits.BytesPerGib / PhysicsUnits.BytesPerGb;

    private static bool OnlyOverBudget(Consultation consultation, Build build)
    {
        var violations = consultation.FindingsFor(build).Where(f => f.Kind == FindingKind.Violation).ToList();
        return violations.Count > 0 && violations.All(v => v.Rule == BudgetRule);
    }

    private static bool Mentions(object fact, Build build) => fact switch
    {
        FeasibleBuild f => ReferenceEquals(f.Build, build),
        _ => false,
    };

    private static RejectedView Rejected(Consultation consultation, Build build)
    {
        var main = consultation.PredictionsFor(build).FirstOrDefault();
        return new RejectedView(
            build.Archetype,
            build.Title,
            Figures.Dollars(build.TotalPriceUsd),
            main is null ? null : Figures.RoundSpeed(main.DecodePerUser),
            [.. consultation.FindingsFor(build).Where(f => f.Kind == FindingKind.Violation).Select(Text)]);
    }

    private static WorkloadView Workload(WorkloadPrediction p)
    {
        var e = p.Estimate;
        return new WorkloadView(
            p.Need.Model.Id, p.Quant.Name, EngineNames.Display(p.Engine), e.Fits, e.Runs, Figures.RoundShare(e.OffloadFraction),
            Figures.RoundSpeed(e.DecodeTokensPerSecondPerUser), Figures.RoundSpeed(e.DecodeTokensPerSecondAggregate),
            Figures.RoundPromptSpeed(e.PromptTokensPerSecond),
            Figures.RoundGb(e.WeightsGb), Figures.RoundGb(e.KvCacheGb), Figures.RoundGb(e.TotalMemoryGb),
            e.LoadSeconds is { } s ? Figures.RoundSeconds(s) : null,
            Domain.KebabCase.Of(e.Bound.ToString()), p.Need.ContextTokens, p.Need.MinTokensPerSecond, p.MeetsSpeed,
            p.Quant.QualityVsFp16Pct is { } quality ? Figures.Range(quality.Low, quality.High) : null,
            p.Need.Model.Name, e.OffloadedLayers, p.Need.Model.Layers, Figures.RoundGb(e.SystemRamUsedGb), e.Problem)
        {
            Backend = BackendNames.Display(e.Backend),
        };
    }

    private static PowerView Power(PowerBudget budget, Profile profile)
    {
        var e = budget.Estimate;
        var circuit = ProfileTokens.ToToken(profile.Circuit);
        var check = e.Circuits.FirstOrDefault(c => c.Circuit.Id == circuit);

        // The smallest circuit of the buyer's own kind of wall socket: a European buyer is not told about 120 V ones.
        var european = check?.Circuit.Volts == EuropeanVolts;
        var smallest = e.Circuits.FirstOrDefault(c => c.Suffices && (c.Circuit.Volts == EuropeanVolts) == european);
        return new PowerView(
            Figures.Round(e.SustainedWatts), Figures.Round(e.PeakWatts), e.PsuUnitWatts * e.PsuCount, e.PsuCount, check?.Suffices ?? false, circuit,
            check?.Reason ?? "", smallest?.Circuit.Id, Figures.Round(budget.Yearly.KilowattHoursPerYear), Figures.Dollars(budget.Yearly.CostPerYear));
    }

    private static NeedsView Needs(Consultation consultation)
    {
        var p = consultation.Profile;
        var catalog = consultation.Session.Query<Knowledge>().Single().Catalog;
        return new NeedsView(
            [.. p.Workloads.Select(w => new WorkloadNeedView(
                w.Model, catalog.FindModel(w.Model).Name, w.Quant is null ? "auto" : catalog.Quantizations.Find(w.Quant).Name,
                w.ContextTokens, w.MinTokensPerSecond))],
            p.ConcurrentUsers, p.HasBudget ? p.BudgetUsd : null, ProfileTokens.ToToken(p.Os), ProfileTokens.ToToken(p.Privacy), p.AcceptUsed,
            ProfileTokens.ToToken(p.Circuit), p.ElectricityUsdPerKwh, p.HoursPerDay, p.FineTuning, p.OtherGpuWorkloads,
            p.EccRequired, [.. p.Priorities.Select(ProfileTokens.ToToken)], Defaults(p))
        {
            GpuPowerLimitPercent = p.GpuPowerLimitPercent,
            GpuPowerLimitEffect = p.GpuPowerLimit.IsStock ? "" : Domain.Predictions.PowerLimitSpeed.Effect(p.GpuPowerLimit),
        };
    }

    private static IReadOnlyList<string> Defaults(Profile p)
    {
        (string Key, bool IsDefault)[] keys =
        [
            ("concurrent_users", p.ConcurrentUsers == ProfileDefaults.ConcurrentUsers),
            ("os", p.Os == ProfileDefaults.Os),
            ("privacy", p.Privacy == ProfileDefaults.Privacy),
            ("accept_used", p.AcceptUsed == ProfileDefaults.AcceptUsed),
            ("circuit", p.Circuit == ProfileDefaults.Circuit),
            ("electricity_usd_per_kwh", p.ElectricityUsdPerKwh.Equals(ProfileDefaults.ElectricityUsdPerKwh)),
            ("hours_per_day", p.HoursPerDay.Equals(ProfileDefaults.HoursPerDay)),
            ("gpu_power_limit_percent", p.GpuPowerLimit.IsStock),
            ("fine_tuning", p.FineTuning == ProfileDefaults.FineTuning),
            ("other_gpu_workloads", p.OtherGpuWorkloads == ProfileDefaults.OtherGpuWorkloads),
            ("ecc_required", p.EccRequired == ProfileDefaults.EccRequired),
            ("priorities", p.Priorities.SequenceEqual(ProfileDefaults.Priorities)),
        ];
        return [.. keys.Where(k => k.IsDefault).Select(k => k.Key)];
    }

    // The chart: the feasible builds that run the main workload, cheapest first, ties by archetype for stable output.
    private static IReadOnlyList<PriceSpeedPointView> Comparison(IReadOnlyList<BuildView> builds) =>
    [
        .. builds.Where(b => b.Workloads.Count > 0 && b.Workloads[0].Runs && b.Workloads[0].DecodeTokensPerS > 0)
            .Select(b => new PriceSpeedPointView(b.Archetype, b.Title, b.TotalPriceUsd, b.Workloads[0].DecodeTokensPerS, b.Rank))
            .OrderBy(p => p.TotalPriceUsd)
            .ThenBy(p => p.Archetype, StringComparer.Ordinal),
    ];

    // What more money buys: builds rejected only for the budget that are faster on the main workload than the fastest
    // feasible build (all of them when nothing is feasible), cheapest first.
    private static IReadOnlyList<PriceSpeedPointView> MoreMoneyBuys(IReadOnlyList<BuildView> builds, IEnumerable<RejectedView> overBudget)
    {
        var fastest = builds.Where(b => b.Workloads.Count > 0).Select(b => b.Workloads[0].DecodeTokensPerS).DefaultIfEmpty(0).Max();
        return
        [
            .. overBudget.Where(r => r.MainDecodeTokensPerS is { } speed && speed > fastest)
                .Select(r => new PriceSpeedPointView(r.Archetype, r.Title, r.TotalPriceUsd, r.MainDecodeTokensPerS!.Value, null))
                .OrderBy(p => p.TotalPriceUsd)
                .ThenBy(p => p.Archetype, StringComparer.Ordinal),
        ];
    }

    private static IReadOnlyList<AssumptionView> Assumptions(Consultation consultation, IReadOnlyList<RankedBuild> ranked)
    {
        var order = new List<(string Text, string Source)>();
        var appliesTo = new Dictionary<(string Text, string Source), List<string>>();
        foreach (var build in ranked)
        {
            foreach (var prediction in consultation.PredictionsFor(build.Build))
            {
                var label = $"#{build.Rank} {prediction.Need.Model.Name}";
                foreach (var assumption in prediction.Estimate.Assumptions)
                {
                    var key = (assumption.Text, assumption.Source);
                    if (!appliesTo.TryGetValue(key, out var labels))
                    {
                        appliesTo[key] = labels = [];
                        order.Add(key);
                    }

                    if (!labels.Contains(label))
                    {
                        labels.Add(label);
                    }
                }
            }
        }

        return [.. order.Select(k => new AssumptionView(k.Text, k.Source, appliesTo[k]))];
    }

    private static IReadOnlyList<FiredRuleView> FiredRules(Consultation consultation) =>
    [
        .. consultation.Session.Journal
            .GroupBy(r => r.Rule.Name)
            .Select(g => new FiredRuleView(g.Key, g.First().Rule.Description, g.First().Rule.Source, g.Count())),
    ];

    private static AuditEntryView Audit(FiringRecord record) => new(
        record.Sequence,
        record.Rule.Name,
        [.. record.Facts.Select(f => f.ToString())],
        [
            .. record.Inserted.Select(FactText.Of),
            .. record.Updated.Select(f => "(updated) " + FactText.Of(f)),
            .. record.Retracted.Select(f => "(retracted) " + FactText.Of(f)),
        ]);

    private static IReadOnlyDictionary<string, IReadOnlyList<string>> RuleTags(Consultation consultation)
    {
        var tags = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var record in consultation.Session.Journal)
        {
            tags.TryAdd(record.Rule.Name, record.Rule.Tags);
        }

        return tags;
    }

    private static RuleTextView Text(Finding finding) => new(finding.Rule, finding.Text);

}
