using CsCheck;
using ExpertRig.Advisor.View;
using ExpertRig.Domain.Profiles;
using ExpertRig.Reporting.Tests.Support;

namespace ExpertRig.Reporting.Tests;

/// <summary>Whatever the profile (offload, many users, nothing feasible, unified memory …), the report stays well formed.</summary>
public sealed class GeneratedProfileTests
{
    private static readonly ExpertRig.Advisor.Advisor Advisor = ExpertRig.Advisor.Advisor.Default;

    private static readonly Gen<Workload> WorkloadGen = Gen.Select(
        Gen.OneOf([.. Advisor.Knowledge.Catalog.Models]),
        Gen.OneOf<string?>(null, null, "Q4_K_M", "Q8_0", "BF16", "FP8", "AWQ-INT4"),
        Gen.OneOf(4096, 8192, 32768),
        Gen.OneOf<double?>(null, 5, 20, 60),
        (model, quant, context, speed) => new Workload(model.Id, quant, Math.Min(context, model.MaxContextTokens), speed));

    internal static readonly Gen<Profile> ProfileGen = Gen.Select(
        WorkloadGen.Array[1, 3],
        Gen.Int[1, 16],
        Gen.OneOf(2_500.0, 8_000, 15_000, 45_000, 120_000),
        Gen.Enum<OperatingSystemChoice>(),
        Gen.Enum<Circuit>(),
        Gen.Bool,
        Gen.Enum<Priority>().Array[0, 2],
        (workloads, users, budget, os, circuit, used, priorities) => new Profile
        {
            Workloads = workloads,
            ConcurrentUsers = users,
            BudgetUsd = budget,
            Os = os,
            Circuit = circuit,
            AcceptUsed = used,
            Priorities = [.. priorities.Distinct()],
        });

    [Fact]
    public void EveryGeneratedProfile_GivesAWellFormedReport() =>
        ProfileGen.Sample(
            profile =>
            {
                var view = RecommendationViewBuilder.From(Advisor.Consult(profile));
                var markdown = ReportRenderer.Shipped().Render(view);
                var structure = new MarkdownStructure(markdown);

                markdown.ShouldNotContain("{{");
                structure.MalformedTables().ShouldBeEmpty();
                structure.OrphanTableLines().ShouldBeEmpty();
                structure.Headings.Count(h => h.StartsWith("## Build ", StringComparison.Ordinal)).ShouldBe(Math.Min(view.Builds.Count, ReportRenderer.DetailedBuilds));
                structure.FencedBlocks("mermaid").Count.ShouldBe(view.Comparison.Count > 1 ? 1 : 0); // one feasible build is not charted
            },
            iter: 30,
            threads: 1,
            print: p => $"{p.Workloads.Count} workload(s) [{string.Join(", ", p.Workloads)}], {p.ConcurrentUsers} user(s), ${p.BudgetUsd}, {p.Os}, {p.Circuit}");
}
