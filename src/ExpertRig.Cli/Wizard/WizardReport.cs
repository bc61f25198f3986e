using ExpertRig.Advisor.View;
using ExpertRig.Reporting;

namespace ExpertRig.Cli.Wizard;

/// <summary>
/// The report the wizard saves: the shipped Scriban report of <c>expertrig recommend</c>, rendered from this one
/// place so the wizard and the command can never write different reports.
/// </summary>
internal static class WizardReport
{
    /// <summary>The recommendation as the Markdown report <c>expertrig recommend --output</c> writes.</summary>
    public static string Render(RecommendationView view) => ReportRenderer.Shipped().Render(view);
}
