using ExpertRig.Advisor;
using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Domain.Physics;
using ExpertRig.Domain.Profiles;

namespace ExpertRig.Verification.Tests.Support;

/// <summary>
/// Looks for contradictory conclusions about one build and for recommended builds that break a hard constraint.
/// Each problem is one line naming the build and the two conclusions that disagree.
/// </summary>
internal static class ConsistencyCheck
{
    // Pairs of rules that must never conclude about the same build: the first's condition excludes the second's.
    private static readonly (string A, string B, string Why)[] Exclusive =
    [
        ("within-budget", "close-to-the-budget", "over budget and within 5% under it"),
        ("circuit-carries-the-sustained-load", "circuit-is-marginal", "circuit overloaded and circuit carries the load"),
    ];

    /// <summary>Every contradiction or broken hard constraint in the consultation; empty when it is consistent.</summary>
    public static IReadOnlyList<string> Problems(Consultation consultation)
    {
        var problems = new List<string>();
        var profile = consultation.Profile;
        var feasible = consultation.Session.Query<FeasibleBuild>().Select(f => f.Build).ToHashSet(ReferenceEqualityComparer.Instance);

        // Each kind of conclusion is read from the session once and looked up by build, rather than queried again for
        // every build and every check: the sweep runs this 10,000 times.
        var findingsOf = consultation.Findings.ToLookup(f => f.Build, ReferenceEqualityComparer.Instance);
        var predictionsOf = consultation.Session.Query<WorkloadPrediction>().ToLookup(p => p.Build, ReferenceEqualityComparer.Instance);
        var powerOf = consultation.Session.Query<PowerBudget>().ToLookup(p => p.Build, ReferenceEqualityComparer.Instance);
        var builds = consultation.Builds;
        foreach (var build in builds)
        {
            var findings = findingsOf[build];
            var predictions = predictionsOf[build];
            var power = powerOf[build].FirstOrDefault()?.Estimate;
            var rules = findings.Select(f => f.Rule).ToHashSet(StringComparer.Ordinal);
            void Problem(string text) => problems.Add($"{build.Archetype}: {text}");

            foreach (var (a, b, why) in Exclusive)
            {
                if (rules.Contains(a) && rules.Contains(b))
                {
                    Problem($"{a} and {b} both concluded ({why})");
                }
            }

            var violated = findings.Any(f => f.Kind == FindingKind.Violation);
            if (violated == feasible.Contains(build))
            {
                Problem(violated ? "feasible although a Violation was concluded" : "not feasible although no Violation was concluded");
            }

            CheckFitAndOffload(predictions, rules, Problem);
            CheckBudget(profile, build, rules, Problem);
            CheckCircuit(profile, power, rules, Problem);
        }

        var ranked = consultation.Ranked;
        if (!ranked.Select(r => r.Build).ToHashSet(ReferenceEqualityComparer.Instance).SetEquals(feasible))
        {
            problems.Add("the ranking and the feasible builds differ");
        }

        if (ranked.Select(r => r.Rank).SequenceEqual(Enumerable.Range(1, ranked.Count)) is false)
        {
            problems.Add("ranks are not 1..n");
        }

        var noneFeasible = findingsOf[null].Any(f => f.Rule == "no-feasible-build");
        if (noneFeasible != (ranked.Count == 0 && builds.Count > 0))
        {
            problems.Add(noneFeasible ? "no-feasible-build concluded beside a ranked build" : "nothing ranked and no-feasible-build not concluded");
        }

        foreach (var build in ranked.Select(r => r.Build))
        {
            problems.AddRange(HardConstraints(profile, build, predictionsOf[build], powerOf[build].FirstOrDefault()?.Estimate)
                .Select(p => $"{build.Archetype} (recommended): {p}"));
        }

        return problems;
    }

    // A prediction that fits must offload nothing; one that does not run must reject the build; one that runs with
    // offloaded layers must carry the offload warning. Each prediction is judged once, so "fits" and "needs offload"
    // cannot both be said of it.
    private static void CheckFitAndOffload(IEnumerable<WorkloadPrediction> predictions, HashSet<string> rules, Action<string> problem)
    {
        foreach (var prediction in predictions)
        {
            var estimate = prediction.Estimate;
            var what = $"{prediction.Need.Model.Id} {prediction.Quant.Id}";
            if (estimate.Fits && (estimate.OffloadedLayers > 0 || !estimate.Runs))
            {
                problem($"{what} fits and also needs offload or cannot run");
            }

            if (!estimate.Runs && !rules.Contains("workload-cannot-run"))
            {
                problem($"{what} cannot run but the build was not rejected for it");
            }

            if (estimate.Runs && estimate.OffloadedLayers > 0 && !rules.Contains("cpu-offload-penalty"))
            {
                problem($"{what} runs {estimate.OffloadedLayers} layers from system RAM without the offload warning");
            }
        }

        if (rules.Contains("cpu-offload-penalty") && !predictions.Any(p => p.Estimate.Runs && p.Estimate.OffloadedLayers > 0))
        {
            problem("cpu-offload-penalty concluded but no prediction offloads");
        }
    }

    private static void CheckBudget(Profile profile, Build build, HashSet<string> rules, Action<string> problem)
    {
        var over = build.TotalPriceUsd > profile.BudgetUsd;
        if (over != rules.Contains("within-budget"))
        {
            problem($"${build.TotalPriceUsd:N0} against ${profile.BudgetUsd:N0} but within-budget {(over ? "not " : "")}concluded");
        }
    }

    private static void CheckCircuit(Profile profile, PowerEstimate? power, HashSet<string> rules, Action<string> problem)
    {
        if (power is null)
        {
            return;
        }

        var check = power.Circuits.Single(c => c.Circuit.Id == ProfileTokens.ToToken(profile.Circuit));
        var overloaded = check.SustainedWallWatts > check.ContinuousCapacityWatts;
        if (overloaded != rules.Contains("circuit-carries-the-sustained-load"))
        {
            problem($"{check.SustainedWallWatts:F0} W sustained on a {check.ContinuousCapacityWatts:F0} W continuous limit but the circuit violation {(overloaded ? "not " : "")}concluded");
        }

        if (!overloaded && !check.Suffices && !rules.Contains("circuit-is-marginal"))
        {
            problem($"peak {check.PeakWallWatts:F0} W exceeds the breaker but no circuit warning was concluded");
        }
    }

    private static IEnumerable<string> HardConstraints(Profile profile, Build build, IEnumerable<WorkloadPrediction> predictions, PowerEstimate? power)
    {
        if (build.TotalPriceUsd > profile.BudgetUsd)
        {
            yield return $"${build.TotalPriceUsd:N0} over the ${profile.BudgetUsd:N0} budget";
        }

        if (build.UsedGpus && !profile.AcceptUsed)
        {
            yield return "used GPUs although the profile does not accept them";
        }

        if (profile.Os != OperatingSystemChoice.Any && !build.SupportedOs.Contains(profile.Os))
        {
            yield return $"does not run {profile.Os}";
        }

        foreach (var prediction in predictions)
        {
            if (!prediction.Estimate.Runs || !prediction.MeetsSpeed)
            {
                yield return $"{prediction.Need.Model.Id} runs={prediction.Estimate.Runs} at {prediction.DecodePerUser:0.#} tok/s, needs {prediction.Need.MinTokensPerSecond}";
            }
        }

        if (power is null)
        {
            yield return "no power budget";
            yield break;
        }

        var circuit = power.Circuits.Single(c => c.Circuit.Id == ProfileTokens.ToToken(profile.Circuit));
        if (circuit.SustainedWallWatts > circuit.ContinuousCapacityWatts)
        {
            yield return $"{circuit.SustainedWallWatts:F0} W sustained over the circuit's {circuit.ContinuousCapacityWatts:F0} W continuous limit";
        }

        if (!build.IsUnified)
        {
            if (build.Psu!.Watts * build.PsuCount < power.RequiredPsuWatts)
            {
                yield return $"{build.Psu.Watts * build.PsuCount} W of PSU for {power.RequiredPsuWatts:F0} W required";
            }

            // A slot for every card: an x16 slot bifurcated x8/x8 for two cards on the build's risers counts twice.
            var splits = GpuSlotPlanner.RiserPlanFor(build)?.SplitPositions.Count ?? 0;
            if (build.Motherboard!.X16Slots.Count + splits < build.GpuCount)
            {
                yield return $"{build.GpuCount} GPUs on {build.Motherboard.X16Slots.Count} x16 slots";
            }

            if (build.Cpu!.PcieLanes < 8 * build.GpuCount)
            {
                yield return $"{build.Cpu.PcieLanes} CPU lanes for {build.GpuCount} GPUs at x8";
            }

            if (build.Cpu.Socket != build.Motherboard.Socket)
            {
                yield return $"{build.Cpu.Socket} CPU on a {build.Motherboard.Socket} board";
            }
        }
    }
}
