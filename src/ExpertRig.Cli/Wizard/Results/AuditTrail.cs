using System.Globalization;
using ExpertRig.Advisor.View;
using ExpertRig.Domain;
using ExpertRig.Domain.Facts;
using ExpertRig.Engine;
using ExpertRig.Engine.Audit;

namespace ExpertRig.Cli.Wizard.Results;

/// <summary>
/// The "Why?" page: the rules that led to a build and how the rule base derived that it is feasible
/// (<see cref="ISession.Why"/>), then, for every rejected alternative, why the feasibility rule did not fire for it:
/// the violations that blocked it and the firing that concluded each.
/// </summary>
internal static class AuditTrail
{
    private const int MaxDepth = 3;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Every line of the page for <paramref name="build"/>, or only the rejections when it is null.</summary>
    public static IEnumerable<string> Page(WizardOutcome outcome, BuildView? build)
    {
        var session = outcome.Consultation.Session;
        if (build is not null)
        {
            yield return $"Why #{build.Rank} {build.Title}";
            yield return "Rank: " + build.ScoreExplanation;
            yield return "";
            yield return "The rules that led to it, in firing order:";
            foreach (var because in build.Because)
            {
                yield return $"  - {because.Text} ({because.Rule})";
            }

            var built = outcome.BuildOf(build);
            var feasible = session.Query<FeasibleBuild>().FirstOrDefault(f => ReferenceEquals(f.Build, built));
            if (feasible is not null)
            {
                yield return "";
                yield return "How the rule base concluded it is feasible (Why):";
                foreach (var line in Derivation(session.Why(feasible), 0))
                {
                    yield return line;
                }
            }

            yield return "";
        }

        var rejected = outcome.Consultation.Rejected;
        yield return rejected.Count == 0
            ? "Why not the alternatives: every configured build is feasible; none was rejected."
            : $"Why not the alternatives ({rejected.Count} rejected; the feasibility rule did not fire for them):";
        for (var i = 0; i < rejected.Count; i++)
        {
            var view = outcome.View.Rejected[i];
            yield return "";
            yield return string.Create(Inv, $"✗ {view.Title}: {BuildText.Dollars(view.TotalPriceUsd)}") +
                (view.MainDecodeTokensPerS is { } speed ? $", {Figures.Speed(speed)} tok/s" : "");
            foreach (var violation in outcome.Consultation.FindingsFor(rejected[i]).Where(f => f.Kind == FindingKind.Violation))
            {
                yield return $"  - {violation.Text} ({violation.Rule})";
                var derivation = session.Why(violation);
                if (derivation.Firing is { } firing)
                {
                    yield return $"      concluded by '{firing.Rule.Name}': {firing.Rule.Description}";
                }
            }
        }
    }

    private static IEnumerable<string> Derivation(Derivation derivation, int level)
    {
        var indent = new string(' ', 2 + (level * 4));
        yield return indent + FactText.Of(derivation.Fact);
        if (derivation.Firing is not { } firing)
        {
            yield return indent + "  (given)";
            yield break;
        }

        yield return $"{indent}  <- '{firing.Rule.Name}': {firing.Rule.Description}";
        if (level + 1 >= MaxDepth)
        {
            yield break;
        }

        foreach (var premise in derivation.Premises)
        {
            foreach (var line in Derivation(premise, level + 1))
            {
                yield return line;
            }
        }
    }
}
