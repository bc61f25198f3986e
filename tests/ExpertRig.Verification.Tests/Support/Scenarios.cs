using CsCheck;
using ExpertRig.Advisor;
using ExpertRig.Domain.Profiles;

namespace ExpertRig.Verification.Tests.Support;

/// <summary>
/// The consultations the knowledge base is verified on: every example profile, every example build file checked
/// against the needs <c>expertrig check</c> assumes and against each scenario profile, and seeded generated profiles.
/// </summary>
internal static class Scenarios
{
    /// <summary>The profiles kept beside the tests (copied to the output folder), in name order.</summary>
    public static IReadOnlyList<string> ScenarioProfiles =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Scenarios"), "*.yaml").Order(StringComparer.Ordinal)];

    /// <summary>Profiles from <see cref="ProfileSpace.Profiles"/> with a fixed seed, so a failure reproduces.</summary>
    public static IEnumerable<Profile> Generated(int count, ulong seed)
    {
        var pcg = new PCG(1, seed);
        for (var i = 0; i < count; i++)
        {
            yield return ProfileSpace.Profiles.Generate(pcg, null, out Size _);
        }
    }

    /// <summary>Every scenario's consultation, labelled with where it came from.</summary>
    public static IEnumerable<(string Name, Consultation Consultation)> All(int generated)
    {
        var advisor = Advisor.Advisor.Default;
        foreach (var file in Repository.ExampleProfiles.Concat(ScenarioProfiles))
        {
            yield return (Path.GetFileName(file), advisor.Consult(advisor.ProfileLoader.Load(file)));
        }

        foreach (var file in Repository.ExampleBuilds)
        {
            var build = BuildFile.Load(file, advisor.Knowledge.Catalog);
            yield return (Path.GetFileName(file), advisor.Check(build, CheckDefaults(build.TotalPriceUsd)));
            foreach (var needs in Repository.ExampleProfiles.Concat(ScenarioProfiles))
            {
                yield return ($"{Path.GetFileName(file)} + {Path.GetFileName(needs)}", advisor.Check(build, advisor.ProfileLoader.Load(needs)));
            }
        }

        var index = 0;
        foreach (var profile in Generated(generated, seed: 20260401))
        {
            yield return ($"generated #{index++}", advisor.Consult(profile));
        }
    }

    // The needs `expertrig check` assumes without --profile (src/ExpertRig.Cli/Commands/CheckCommand.cs).
    private static Profile CheckDefaults(double price) => new()
    {
        Workloads = [new Workload("llama-3-8b", "Q4_K_M"), new Workload("llama-3-70b", "Q4_K_M")],
        BudgetUsd = Math.Max(price, 1),
    };
}
