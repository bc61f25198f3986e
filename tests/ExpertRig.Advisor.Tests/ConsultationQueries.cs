using ExpertRig.Domain.Builds;
using ExpertRig.Domain.Facts;
using ExpertRig.Testing;

namespace ExpertRig.Advisor.Tests;

/// <summary>
/// A consultation reads its facts once for as long as working memory does not change (the report asks for one build's
/// findings and predictions dozens of times): what it answers after the session changed is what the session now holds.
/// </summary>
public sealed class ConsultationQueries
{
    private static Consultation Typical() =>
        Consult.Profile(Advisor.Default.ProfileLoader.Load(Repository.Path("docs", "examples", "typical.yaml")));

    [Fact]
    public void AFindingInsertedAfterTheFirstQuestion_IsInTheNextAnswer_AndGoneOnceRetracted()
    {
        var consultation = Typical();
        var build = consultation.Builds[0];
        var before = consultation.FindingsFor(build);
        consultation.Findings.ShouldNotBeEmpty();
        var late = new Finding(build, FindingKind.Note, "a-rule-of-no-base", "inserted after the consultation");

        consultation.Session.Insert(late);

        consultation.FindingsFor(build).ShouldBe([.. before, late]);
        consultation.Findings.ShouldContain(late);
        consultation.Session.Retract(late);
        consultation.FindingsFor(build).ShouldBe(before);
        consultation.Findings.ShouldNotContain(late);
    }

    [Fact]
    public void ABuildMadeFeasibleAfterTheFirstQuestion_IsNoLongerRejected()
    {
        var consultation = Typical();
        var rejected = consultation.Rejected;
        rejected.ShouldNotBeEmpty();
        var build = rejected[0];

        consultation.Session.Insert(new FeasibleBuild(build));

        consultation.Rejected.ShouldNotContain(build);
        consultation.Rejected.Count.ShouldBe(rejected.Count - 1);
    }

    [Fact]
    public void PredictionsAndFindings_AreTheSessionsOwn_InTheirOrder()
    {
        var consultation = Typical();

        foreach (Build build in consultation.Builds)
        {
            consultation.PredictionsFor(build).ShouldBe(
                [.. consultation.Session.Query<WorkloadPrediction>().Where(p => ReferenceEquals(p.Build, build)).OrderBy(p => p.Need.Index)]);
            consultation.FindingsFor(build).ShouldBe(
                [.. consultation.Findings.Where(f => ReferenceEquals(f.Build, build))]);
        }

        consultation.FindingsFor(null).ShouldBe([.. consultation.Findings.Where(f => f.Build is null)]);
    }
}
