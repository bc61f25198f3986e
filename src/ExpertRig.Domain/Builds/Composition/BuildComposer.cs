using ExpertRig.Domain.Catalog;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;
using ExpertRig.Domain.Predictions;
using ExpertRig.Domain.Profiles;

namespace ExpertRig.Domain.Builds.Composition;

/// <summary>
/// XSEL to the configurator's XCON: chooses which builds to configure for a profile. It enumerates every catalog GPU ×
/// count (1 up to <see cref="MaxGpus"/>, more than four on risers), new or used, prunes with cheap bounds — OS, used-hardware
/// consent, the bandwidth-ceiling speed against each need, a budget lower bound, Pareto dominance — and completes each
/// survivor with the cheapest platform that seats it (<see cref="PlatformChooser"/>). The guide's templates are always
/// candidates; every option left out is in the ledger with its reason. The same input gives the same composition.
/// </summary>
public static class BuildComposer
{
    /// <summary>Fully evaluated candidates per profile, templates included.</summary>
    public const int MaxCandidates = 30;

    /// <summary>
    /// Over-budget options still configured, the cheapest first, so that a buyer whose budget nothing meets sees what
    /// the cheapest real builds cost (rejected by the budget rule, with the amount over).
    /// </summary>
    public const int NearestOverBudget = 2;

    /// <summary>
    /// Most cards of one model an option holds: the guide's largest build, the 8× RTX 3090 server. Up to
    /// <see cref="RiserChooser.MaxCardsInSlots"/> sit in the board's slots; more hang on riser cables
    /// (<see cref="PlatformChooser.Layout"/>).
    /// </summary>
    public const int MaxGpus = 8;

    /// <summary>Composes the candidates for the profile: the templates plus at most <paramref name="maxCandidates"/> − templates composed builds.</summary>
    /// <param name="templates">The guide's builds, always candidates.</param>
    /// <param name="requirements">The profile.</param>
    /// <param name="needs">The profile's workloads.</param>
    /// <param name="knowledge">Catalog and physics.</param>
    /// <param name="maxCandidates">Candidates in all, templates included.</param>
    /// <param name="prune">False composes every option a platform seats (only OS and used-hardware consent exclude): the reference search the pruning is checked against.</param>
    public static Composition Compose(
        IReadOnlyList<Archetype> templates, Requirements requirements, IReadOnlyList<WorkloadNeed> needs, Knowledge knowledge,
        int maxCandidates = MaxCandidates, bool prune = true)
    {
        ArgumentNullException.ThrowIfNull(templates);
        ArgumentNullException.ThrowIfNull(requirements);
        ArgumentNullException.ThrowIfNull(needs);
        ArgumentNullException.ThrowIfNull(knowledge);
        var catalog = knowledge.Catalog;
        var pruned = new List<PrunedOption>();
        var fastestRam = catalog.Cpus.Max(c => c.MemoryBandwidthGbs);
        var profile = requirements.Profile;
        var survivors = new List<Scored>();
        var overBudget = new List<Scored>();
        var kits = new PlatformKits(profile.EccRequired, catalog);
        var sizing = new TrialSizing();
        // The configurator sizes RAM from the workloads in index order; the RAM sized below is reused (by the trial, and
        // by a template of the same cards) when it is that order.
        var inConfiguratorOrder = WorkloadNeed.InIndexOrder(needs);
        var physics = knowledge.Physics;
        // The RAM an option needs depends on its cards only through their usable and their marketed memory
        // (RamSizing.ForConfiguration): what each workload needs to run is worked out once (when the first option is
        // sized, so a composition that sizes none works out none), and the requirement once per pair of figures. The
        // requirements, workloads and knowledge are this composition's, fixed for its length, so the key is complete.
        double[]? runningGb = null;
        var ramByMemory = new Dictionary<(double UsableGb, double GpuMemoryGb), RamRequirement>();

        // A Windows build also buys the cheapest licence (DiscreteBuildConfigurator); the budget bound counts it.
        var licenceUsd = profile.Os == OperatingSystemChoice.Windows
            ? catalog.Accessories.Where(a => a.Kind == AccessoryKind.OsLicence).Select(a => ComponentPrice.UnitPrice(a.PriceUsd.Range)).DefaultIfEmpty(0).Min()
            : 0;
        // What follows the price in every over-budget sentence is the same for the whole composition: written once.
        var overBudgetTail = OverBudgetTail(requirements, licenceUsd);

        foreach (var gpu in catalog.Gpus.OrderBy(g => g.Id, StringComparer.Ordinal))
        {
            var used = gpu.PriceUsd.New is null || (profile.AcceptUsed && gpu.PriceUsd.Used is not null);
            var shortName = AcceleratorOption.ShortName(gpu);
            foreach (var option in Options(gpu, used, catalog))
            {
                var count = option.Count;
                if (Excluded(option, profile) is { } why)
                {
                    pruned.Add(new PrunedOption(option.Label, why));
                    break; // the same reason holds for every count of this card
                }

                var usableGb = WorkloadMemory.UsableGb(gpu, count, physics);
                var ceilings = SpeedCeiling.TokensPerSecond(option, needs, fastestRam, physics, usableGb);
                var slow = SpeedCeiling.FirstMissed(needs, ceilings);
                // The RAM the guide's table (and ExpertRig's GPU-memory row) asks for this option, hard and soft rows.
                var ram = RamFor(usableGb, gpu.VramGb * count);
                if (inConfiguratorOrder)
                {
                    sizing.KnowRam(gpu, count, ram);
                }
                if (!prune)
                {
                    if (ChoosePlatform(option, requirements, ram, licenceUsd, kits, catalog, _ => true) is { } any)
                    {
                        survivors.Add(new Scored(option, any, ceilings, usableGb));
                    }

                    continue;
                }

                if (slow >= 0)
                {
                    pruned.Add(new PrunedOption(option.Label, SpeedCeiling.Reason(option, needs[slow], ceilings[slow], physics)));
                    continue;
                }

                // The platform must also take the RAM the guide's table asks for what spills out of GPU memory (a
                // hard row: 512 GB for a 671B mixture of experts on one card), or the build is rejected once made.
                var platform = ChoosePlatform(option, requirements, ram, licenceUsd, kits, catalog,
                    p => MeetsNeeds(option, needs, p.RamGbs, physics, usableGb) && ram.HardShortfall(p.MaxRamGb) is null);
                var seated = platform is not null || PlatformChooser.Choose(option, requirements, catalog, _ => true) is not null;
                if (!seated && count > RiserChooser.MaxCardsInSlots && !option.Nvlink)
                {
                    // Seating more cards needs more slots, lanes and brackets: no larger count seats either.
                    for (var more = count; more <= MaxGpus; more++)
                    {
                        pruned.Add(new PrunedOption(new AcceleratorOption(gpu, more, used).Label,
                            $"no catalog board seats {more} of these cards, even on risers, each at x{PlatformChooser.MinLanesPerGpu} or more from the CPU{(profile.EccRequired ? ", with ECC" : string.Empty)}."));
                    }

                    break;
                }

                if (platform is null)
                {
                    pruned.Add(new PrunedOption(option.Label, !seated
                        ? $"no catalog board seats {count} of these cards directly, each at x{PlatformChooser.MinLanesPerGpu} or more from the CPU{(profile.EccRequired ? ", with ECC" : string.Empty)}."
                        : PlatformChooser.Choose(option, requirements, catalog, p => ram.HardShortfall(p.MaxRamGb) is null) is null
                            ? $"no platform that seats it takes the {Figures.Gb(ram.MinimumGb)} of system RAM the guide's table asks for the {Figures.Gb(ram.OffloadGb)} that spills out of GPU memory."
                            : "the platforms that seat it have too little RAM bandwidth for the part of the model that spills out of GPU memory to meet the speed need, even at the most bandwidth their RAM can have."));
                    continue;
                }

                ceilings = SpeedCeiling.TokensPerSecond(option, needs, platform.RamGbs, physics, usableGb);

                // Riser options over budget are not among the nearest over-budget builds shown (options in the slots
                // are): they are left out before the trial configuration, which is most of their cost.
                if (count > RiserChooser.MaxCardsInSlots && platform.LowerBoundUsd + licenceUsd > requirements.BudgetUsd)
                {
                    pruned.Add(new PrunedOption(option.Label, OverBudget(platform, licenceUsd, overBudgetTail)));
                    continue;
                }

                // A composed build must be one the catalog can complete (a PSU with enough native connectors, a
                // cooler, a kit): what it cannot is left out here, not offered as a candidate that is then rejected.
                // The trial is planned, not billed: its gaps, power, lanes and RAM decide, and only the few trials kept
                // at the end get their bill of materials (most are pruned below or by dominance and the limit).
                var archetype = ToArchetype(option, platform, shortName);
                var plan = BuildConfigurator.PlanTrial(archetype, requirements, needs, knowledge, sizing);
                if (plan.Gaps.Count > 0)
                {
                    pruned.Add(new PrunedOption(option.Label, $"the catalog cannot complete it: {string.Join("; ", plan.Gaps)}."));
                    continue;
                }

                var trial = plan.Parts;
                if (count > RiserChooser.MaxCardsInSlots && ManyCardsUnfit(trial, requirements, knowledge) is { } unfit)
                {
                    pruned.Add(new PrunedOption(option.Label, unfit));
                    continue;
                }

                // The trial has its RAM: what spills is read at the bandwidth its kits actually give (the host the
                // predictions read), not at the most the platform could have.
                var hostGbs = BuildHardware.Host(trial).RamBandwidthGbs;
                ceilings = SpeedCeiling.TokensPerSecond(option, needs, Math.Min(hostGbs, platform.RamGbs), physics, usableGb);
                var slowOnItsRam = SpeedCeiling.FirstMissed(needs, ceilings);
                if (slowOnItsRam >= 0)
                {
                    pruned.Add(new PrunedOption(option.Label, SpeedCeiling.Reason(option, needs[slowOnItsRam], ceilings[slowOnItsRam], physics, hostGbs)));
                    continue;
                }

                var scored = new Scored(option, platform, ceilings, usableGb)
                {
                    Configured = (archetype, plan),
                };
                (platform.LowerBoundUsd + licenceUsd > requirements.BudgetUsd ? overBudget : survivors).Add(scored);
            }
        }

        // Clusters of unified systems (two DGX Sparks over QSFP) are options too; each one kept takes a place.
        var clusters = ClusterComposer.Compose(requirements, needs, knowledge, prune, pruned);
        if (!prune)
        {
            return new Composition([.. templates, .. clusters, .. survivors.Select(s => ToArchetype(s.Option, s.Platform, AcceleratorOption.ShortName(s.Option.Gpu)))], pruned);
        }

        var nearest = overBudget.OrderBy(o => o.Platform.LowerBoundUsd).ThenBy(o => o.Label, StringComparer.Ordinal).Take(NearestOverBudget).ToList();
        foreach (var over in overBudget.Except(nearest))
        {
            pruned.Add(new PrunedOption(over.Label, OverBudget(over.Platform, licenceUsd, overBudgetTail)));
        }

        survivors.AddRange(nearest);
        var undominated = new List<Scored>();
        foreach (var candidate in survivors)
        {
            var winner = CheapestDominating(survivors, candidate);
            if (winner is null)
            {
                undominated.Add(candidate);
            }
            else
            {
                pruned.Add(new PrunedOption(candidate.Label,
                    $"dominated by {winner.Label}: from {Figures.Usd(winner.Platform.LowerBoundUsd)} against {Figures.Usd(candidate.Platform.LowerBoundUsd)}, as fast at full bandwidth, as much GPU memory, no more cards."));
            }
        }

        // Options in the slots take the places first. A bridged pair is its unbridged twin plus a link between the
        // cards: it is kept only beside a kept twin, in the room the unbridged options leave, so a bridge never
        // displaces another card choice. Riser builds of more cards (the guide's exception, its one 8-card server)
        // fill the places left last, so that cheap many-card options with high bandwidth ceilings do not push out
        // the builds most buyers sign (reserving two places for them did, for the Tier 2 buyer).
        var bridged = undominated.Where(o => o.Option.Nvlink).ToList();
        undominated.RemoveAll(o => o.Option.Nvlink);
        // A bridged pair whose twin is kept has its place reserved: the twin stays, and the other places shrink by
        // one, so the guide's NVLink pair is always evaluated beside its twin (it used to lose its place to cheaper
        // platforms' options when the room was full).
        var room = Math.Max(0, maxCandidates - templates.Count - clusters.Count);
        List<Scored> slotted = [.. undominated.Where(o => o.Option.Count <= RiserChooser.MaxCardsInSlots)];
        var inSlots = Keep(slotted, room, []);
        var twins = inSlots.Where(o => bridged.Any(pair => pair.Option == o.Option with { Nvlink = true })).ToList();
        if (twins.Count > 0 && inSlots.Count + twins.Count > room)
        {
            inSlots = Keep(slotted, Math.Max(twins.Count, room - twins.Count), twins);
        }

        var kept = undominated.Where(inSlots.Contains).ToList();
        foreach (var pair in bridged)
        {
            var twin = kept.FirstOrDefault(o => o.Option == pair.Option with { Nvlink = false });
            if (twin is not null && kept.Count < room)
            {
                kept.Add(pair);
                continue;
            }

            pruned.Add(new PrunedOption(pair.Label, twin is null
                ? $"the same cards without the bridge ({(pair.Option with { Nvlink = false }).Label}) are not among the composed candidates, and a bridge adds only the link between the cards."
                : $"beyond the {maxCandidates}-candidate limit: the bridged pair is tried only in the room the unbridged options leave."));
        }

        List<Scored> many = [.. undominated.Where(o => o.Option.Count > RiserChooser.MaxCardsInSlots)];
        kept.AddRange(Keep(many, room - kept.Count, []));
        foreach (var left in undominated.Except(kept))
        {
            pruned.Add(new PrunedOption(left.Label, $"beyond the {maxCandidates}-candidate limit: {kept.Count} composed options with lower prices or higher speed ceilings were kept."));
        }

        // The configure-build rule configures these archetypes as the trial above did: it takes the trial's build,
        // billed now that it is kept; and it sizes the templates' storage and RAM from what the trials sized.
        ComposedBuilds.Share(requirements, needs, knowledge, sizing);
        var composed = new List<Archetype>();
        foreach (var (archetype, plan) in kept.Select(s => s.Configured!.Value))
        {
            ComposedBuilds.Remember(archetype, requirements, needs, knowledge, BuildConfigurator.Bill(plan));
            composed.Add(archetype);
        }

        return new Composition([.. templates, .. clusters, .. composed], pruned);

        RamRequirement RamFor(double usableGb, double gpuMemoryGb)
        {
            if (!ramByMemory.TryGetValue((usableGb, gpuMemoryGb), out var known))
            {
                runningGb ??= RamSizing.RunningGb(requirements, needs, knowledge);
                known = RamSizing.ForConfiguration(usableGb, gpuMemoryGb, requirements, needs, runningGb, physics);
                ramByMemory[(usableGb, gpuMemoryGb)] = known;
            }

            return known;
        }
    }

    /// <summary>
    /// The platform an option is completed on: the cheapest that passes <paramref name="passes"/> and whose slots take
    /// the RAM the rows recommend, when that build still fits the budget; else the cheapest that takes every row's
    /// minimum, the soft ones too (as much RAM as the GPUs' memory, <see cref="GuideRamTable.MatchingGpuMemory"/>),
    /// within the budget; else the cheapest that passes, whose RAM line and the RAM rule then say what it lacks. So a
    /// 96 GB card is not put on a two-DIMM, 64 GB board to save $500 of a $9,000 build, an RTX 5090 that offloads a 70B
    /// model is not put on a DDR4 board that cannot reach the guide's 128 GB when the budget reaches one that can (the
    /// guide's Tier 1 buyer), and a buyer whose budget does not reach the RAM still gets the build. The preference never
    /// moves a buyer who has not accepted used parts onto a platform sold only used.
    /// </summary>
    internal static Platform? ChoosePlatform(
        AcceleratorOption option, Requirements requirements, RamRequirement ram, double licenceUsd, PlatformKits kits, Catalog.Catalog catalog, Func<Platform, bool> passes)
    {
        ArgumentNullException.ThrowIfNull(requirements);
        ArgumentNullException.ThrowIfNull(ram);
        ArgumentNullException.ThrowIfNull(kits);
        ArgumentNullException.ThrowIfNull(passes);

        // The three steps in one pass over the platforms, cheapest lower bound first: the first that takes the
        // recommended RAM within the budget is the answer; else the first that takes the minimum; else the first that
        // passes. A platform's RAM costs something on top of its lower bound, so once the lower bound alone is over the
        // budget no platform from there on is within it, and only the first that passes is still looked for.
        Platform? takesMinimum = null;
        Platform? first = null;
        foreach (var p in PlatformChooser.Seating(option, requirements, catalog))
        {
            var inReach = p.LowerBoundUsd + licenceUsd <= requirements.BudgetUsd;
            if (!inReach && first is not null)
            {
                break;
            }

            if (!passes(p))
            {
                continue;
            }

            first ??= p;
            var holdsRecommended = p.MaxRamGb >= ram.RecommendedGb;
            if (!inReach || !(holdsRecommended || p.MaxRamGb >= ram.MinimumGb) || !WithinBudget(p))
            {
                continue;
            }

            if (holdsRecommended)
            {
                return p;
            }

            takesMinimum ??= p;
        }

        return takesMinimum ?? first;

        // The kit a platform would get does not depend on which RAM size is asked of its slots.
        bool WithinBudget(Platform p)
        {
            var memory = kits.For(p, ram);
            return memory.Kit is not null && (requirements.Profile.AcceptUsed || !UsedOnly(p, memory.Kit))
                && p.LowerBoundUsd + (memory.Count * memory.Kit.PriceUsd.Range.Midpoint) + licenceUsd <= requirements.BudgetUsd;
        }
    }

    // A platform sold only used (a server CPU, used RDIMMs) is not where the RAM preference moves a buyer who has not accepted used parts.
    private static bool UsedOnly(Platform p, MemoryKit kit) =>
        p.Cpu.PriceUsd.New is null || p.Board.PriceUsd.New is null || kit.PriceUsd.New is null;

    // "at least $X with the cheapest platform that seats it[ and a Windows licence], over the $B budget.": the price,
    // then the tail (OverBudgetTail), which depends only on the composition's profile and licence price.
    private static string OverBudget(Platform platform, double licenceUsd, string tail) =>
        string.Concat("at least ", Figures.Usd(platform.LowerBoundUsd + licenceUsd), tail);

    private static string OverBudgetTail(Requirements requirements, double licenceUsd) =>
        $" with the cheapest platform that seats it{(licenceUsd > 0 ? " and a Windows licence" : string.Empty)}, over the {Figures.Usd(requirements.BudgetUsd)} budget.";

    /// <summary>
    /// Why a build of more cards than fit in the slots cannot pass, from the planned trial's parts: its sustained draw
    /// over the profile's circuit, or too few CPU lanes for x8 per card once the drives have theirs. Checked here so
    /// that a many-card option the rules would reject takes no place among the candidates.
    /// </summary>
    private static string? ManyCardsUnfit(Build trial, Requirements requirements, Knowledge knowledge)
    {
        var estimate = PowerBudgets.For(trial, requirements, knowledge).Estimate;
        if (CircuitLookup.OverContinuousLimit(estimate, requirements.Profile.Circuit))
        {
            var check = CircuitLookup.For(estimate, requirements.Profile.Circuit);
            return $"on the profile's {CircuitLookup.Label(check.Circuit)} circuit: {check.Reason}.";
        }

        return PcieLaneBudget.LanesForX8PerGpu(trial) > PcieLaneBudget.CpuLanesForGpus(trial)
            ? $"{trial.GpuCount} cards need {PcieLaneBudget.LanesForX8PerGpu(trial)} CPU lanes at x8 each; the {trial.Cpu!.Name} has {PcieLaneBudget.CpuLanesForGpus(trial)} once the NVMe drives have theirs."
            : null;
    }

    /// <summary>
    /// The card's options: 1 to <see cref="MaxGpus"/> cards, and for a card with NVLink and a catalog bridge, every even
    /// count also bridged in pairs (the unbridged option is evaluated beside it).
    /// </summary>
    private static IEnumerable<AcceleratorOption> Options(Gpu gpu, bool used, Catalog.Catalog catalog)
    {
        var bridgeable = gpu.Nvlink && PlatformChooser.Bridges(gpu, catalog).Any();
        for (var count = 1; count <= MaxGpus; count++)
        {
            yield return new AcceleratorOption(gpu, count, used);
            if (bridgeable && count % 2 == 0)
            {
                yield return new AcceleratorOption(gpu, count, used, Nvlink: true);
            }
        }
    }

    // Every need's speed floor met at the platform's RAM bandwidth: a loop, not All (it runs for every platform tried).
    private static bool MeetsNeeds(AcceleratorOption option, IReadOnlyList<WorkloadNeed> needs, double ramGbs, PhysicsConstants physics, double usableGb)
    {
        for (var i = 0; i < needs.Count; i++)
        {
            if (needs[i].MinTokensPerSecond is { } min && !(SpeedCeiling.TokensPerSecond(option, needs[i], ramGbs, physics, usableGb) >= min))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The cheapest option (then the first by label) that dominates <paramref name="candidate"/>; null when none does.</summary>
    private static Scored? CheapestDominating(List<Scored> options, Scored candidate)
    {
        Scored? winner = null;
        foreach (var other in options)
        {
            if (!ReferenceEquals(other, candidate) && Dominates(other, candidate) && (winner is null || IsCheaper(other, winner)))
            {
                winner = other;
            }
        }

        return winner;
    }

    // Lower bound first, then label: a tie on both keeps the earlier option, as a stable sort would.
    private static bool IsCheaper(Scored a, Scored b) =>
        a.Platform.LowerBoundUsd != b.Platform.LowerBoundUsd
            ? a.Platform.LowerBoundUsd < b.Platform.LowerBoundUsd
            : string.CompareOrdinal(a.Label, b.Label) < 0;

    /// <summary>True when <paramref name="a"/> is no worse than <paramref name="b"/> on price, speed ceilings, memory, card count, used-ness, ECC and software, and better on price or speed.</summary>
    private static bool Dominates(Scored a, Scored b)
    {
        var noWorse = a.Platform.LowerBoundUsd <= b.Platform.LowerBoundUsd
            && NoSlowerOnAnyNeed(a, b)
            && a.UsableGb >= b.UsableGb
            && a.Option.Count <= b.Option.Count
            && (!a.Option.Used || b.Option.Used)
            && (a.Option.Gpu.Ecc || !b.Option.Gpu.Ecc)
            && a.Option.Gpu.Software == b.Option.Gpu.Software
            && (a.Option.Nvlink || !b.Option.Nvlink) // the ceilings ignore the link; the evaluated builds are compared on it
            && a.Option.Count * a.Option.Gpu.BoardPowerW <= b.Option.Count * b.Option.Gpu.BoardPowerW;
        return noWorse && (a.Platform.LowerBoundUsd < b.Platform.LowerBoundUsd || FasterOnSomeNeed(a, b));
    }

    // The ceilings, need by need (both lists hold one per need), without a LINQ pair per comparison: the dominance
    // test runs for every pair of survivors.
    private static bool NoSlowerOnAnyNeed(Scored a, Scored b)
    {
        for (var i = 0; i < Math.Min(a.Ceilings.Count, b.Ceilings.Count); i++)
        {
            if (!(a.Ceilings[i] >= b.Ceilings[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool FasterOnSomeNeed(Scored a, Scored b)
    {
        for (var i = 0; i < Math.Min(a.Ceilings.Count, b.Ceilings.Count); i++)
        {
            if (a.Ceilings[i] > b.Ceilings[i])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Up to <paramref name="room"/> of the undominated options: <paramref name="forced"/> first; then one option per
    /// card model (its cheapest), the cheapest models first, in up to half the room, so that one card's many counts
    /// and platforms cannot fill every place (the DeepSeek R1 buyer's 14 places held no single RTX 4090, RTX 5090 or
    /// RTX A6000); then the cheapest and the fastest in turn.
    /// </summary>
    private static List<Scored> Keep(List<Scored> options, int room, List<Scored> forced)
    {
        if (options.Count <= room)
        {
            return options;
        }

        var byPrice = options.OrderBy(o => o.Platform.LowerBoundUsd).ThenBy(o => o.Label, StringComparer.Ordinal).ToList();
        var bySpeed = options.OrderByDescending(o => o.Ceilings.Count == 0 ? 0 : o.Ceilings.Min()).ThenBy(o => o.Platform.LowerBoundUsd).ToList();
        var kept = new List<Scored>(forced.Take(room));
        var families = byPrice.DistinctBy(o => o.Option.Gpu.Id).Where(o => !kept.Contains(o));
        foreach (var family in families.Take(Math.Max(0, (room / 2) - kept.Count)))
        {
            kept.Add(family);
        }

        for (var i = 0; kept.Count < room && i < options.Count; i++)
        {
            foreach (var pick in new[] { byPrice[i], bySpeed[i] })
            {
                if (kept.Count < room && !kept.Contains(pick))
                {
                    kept.Add(pick);
                }
            }
        }

        return [.. options.Where(kept.Contains)];
    }

    private static string? Excluded(AcceleratorOption option, Profile profile)
    {
        if (profile.Os == OperatingSystemChoice.MacOS)
        {
            return "discrete GPUs run Linux or Windows, and the profile asks for macOS.";
        }

        if (option.Gpu.Software == SoftwareStack.Rocm && profile.Os == OperatingSystemChoice.Windows)
        {
            return "its ROCm software stack runs the inference engines on Linux, and the profile asks for Windows.";
        }

        if (option.Used && !profile.AcceptUsed)
        {
            return "the card is sold only used, and the profile does not accept used hardware.";
        }

        return null;
    }

    // shortName: AcceleratorOption.ShortName of the option's card, written once per card by the caller.
    private static Archetype ToArchetype(AcceleratorOption option, Platform platform, string shortName)
    {
        var name = shortName;
        var bridged = option.Nvlink ? " with NVLink" : string.Empty;
        return new Archetype
        {
            Id = $"{option.Count}x-{option.Gpu.Id}-{platform.Board.Id}{(option.Nvlink ? "-nvlink" : string.Empty)}",
            Title = $"{option.Count}× {name}{(option.Used ? " (used)" : string.Empty)}{bridged} on {platform.Label}",
            Source = $"composed on the cheapest platform seating {option.Count} × {option.Gpu.Name}{bridged} "
                + $"({platform.Cpu.Name}, {platform.Board.Name}, {platform.Case.Name}); docs/configurator.md",
            Gpu = option.Gpu.Id,
            GpuCount = option.Count,
            NvlinkPairs = option.NvlinkPairs,
            UsedGpus = option.Used,
            Cpu = platform.Cpu.Id,
            Motherboard = platform.Board.Id,
            Storage = [platform.OsDrive.Id],
            Case = platform.Case.Id,
            Os = option.Gpu.Software == SoftwareStack.Rocm ? [OperatingSystemChoice.Linux] : [OperatingSystemChoice.Linux, OperatingSystemChoice.Windows],
            Engine = InferenceEngine.LlamaCpp,
            Composed = true,
        };
    }

    // A class, not a record: the lists and sets below compare options by identity (each option is scored once), where a
    // record's value equality hashed its whole trial build in every Except and Contains.
    private sealed class Scored(AcceleratorOption option, Platform platform, IReadOnlyList<double> ceilings, double usableGb)
    {
        public AcceleratorOption Option { get; } = option;

        public Platform Platform { get; } = platform;

        public IReadOnlyList<double> Ceilings { get; } = ceilings;

        public double UsableGb { get; } = usableGb;

        /// <summary>The option's label (<see cref="AcceleratorOption.Label"/>), written once: the orderings and ties read it often.</summary>
        public string Label => label ??= Option.Label;

        private string? label;

        /// <summary>The option's archetype and the trial's plan for it (with pruning on), billed if the option is kept.</summary>
        public (Archetype Archetype, DiscreteBuildPlan Plan)? Configured { get; init; }
    }
}
