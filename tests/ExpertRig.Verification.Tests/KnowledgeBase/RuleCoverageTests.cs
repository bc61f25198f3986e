using ExpertRig.Verification.Tests.Support;
using KB = ExpertRig.Rules.KnowledgeBase;

namespace ExpertRig.Verification.Tests.KnowledgeBase;

/// <summary>
/// The classic expert-system completeness check: every rule of the knowledge base fires in at least one scenario
/// (example profiles, example build files, generated profiles). A rule that never fires is dead knowledge or a
/// condition the catalog cannot meet; the failure lists them by name.
/// </summary>
public sealed class RuleCoverageTests
{
    private const int GeneratedProfiles = 200;

    [Fact]
    public void EveryRule_FiresInAtLeastOneScenario()
    {
        var fired = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, consultation) in Scenarios.All(GeneratedProfiles))
        {
            fired.UnionWith(consultation.FiredRules);
        }

        var never = KB.Rules.Select(r => r.Name).Where(name => !fired.Contains(name)).Order(StringComparer.Ordinal).ToList();

        never.ShouldBeEmpty($"{never.Count} of {KB.Rules.Count} rules never fire in any scenario: {string.Join(", ", never)}");
    }

    [Fact]
    public void EveryExampleBuild_BreaksOnlyWhatItsCommentSays_AndTheDualRtx3090Passes()
    {
        var advisor = Advisor.Advisor.Default;
        var build = ExpertRig.Advisor.BuildFile.Load(Repository.Path("docs", "examples", "builds", "dual-3090.yaml"), advisor.Knowledge.Catalog);
        var needs = advisor.ProfileLoader.Load(Repository.Example("typical.yaml"));

        var consultation = advisor.Check(build, needs);

        consultation.Findings.Where(f => f.Kind == Domain.Facts.FindingKind.Violation).ShouldBeEmpty();
        consultation.Ranked.Count.ShouldBe(1);
    }
}
