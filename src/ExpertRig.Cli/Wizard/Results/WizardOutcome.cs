using ExpertRig.Advisor;
using ExpertRig.Advisor.View;
using ExpertRig.Domain.Builds;

namespace ExpertRig.Cli.Wizard.Results;

/// <summary>A finished consultation and the view the results, the report and the audit trail are drawn from.</summary>
/// <param name="Consultation">The rule-base run, with its session for Why/WhyNot.</param>
/// <param name="View">The ranked builds, rejected alternatives and rule texts.</param>
public sealed record WizardOutcome(Consultation Consultation, RecommendationView View)
{
    /// <summary>Runs the advisor over a profile and builds the view, as <c>expertrig recommend</c> does.</summary>
    public static WizardOutcome Consult(Advisor.Advisor advisor, Domain.Profiles.Profile profile)
    {
        var consultation = advisor.Consult(profile);
        return new WizardOutcome(consultation, RecommendationViewBuilder.From(consultation));
    }

    /// <summary>The configured build behind a ranked build view.</summary>
    public Build BuildOf(BuildView view) => Consultation.Ranked.First(r => r.Rank == view.Rank).Build;
}
