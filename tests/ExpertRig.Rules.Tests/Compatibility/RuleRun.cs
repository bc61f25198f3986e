using ExpertRig.Domain.Facts;
using ExpertRig.Rules.Tests.Support;

namespace ExpertRig.Rules.Tests.Compatibility;

/// <summary>Fires one rule over some facts (plus the real catalog) and returns its findings.</summary>
internal static class RuleRun
{
    public static IReadOnlyList<Finding> Findings<TRule>(params object[] facts) =>
        RuleTestSession.For<TRule>().With(facts).Fire().Findings;

    /// <summary>The single finding the rule produced, checked to be of <paramref name="kind"/>.</summary>
    public static Finding Single<TRule>(FindingKind kind, params object[] facts)
    {
        var finding = Findings<TRule>(facts).ShouldHaveSingleItem();
        finding.Kind.ShouldBe(kind);
        return finding;
    }
}
