using System.Collections.Concurrent;
using ExpertRig.Advisor.View;

namespace ExpertRig.Reporting.Tests.Support;

/// <summary>Consults the real advisor once per example profile and renders the shipped report.</summary>
internal static class Reports
{
    private static readonly ConcurrentDictionary<string, Lazy<RecommendationView>> Views = new();

    /// <summary>The view of an example profile in docs/examples, built once per test run.</summary>
    public static RecommendationView View(string example) => Views.GetOrAdd(example, name => new Lazy<RecommendationView>(() =>
    {
        var advisor = ExpertRig.Advisor.Advisor.Default;
        return RecommendationViewBuilder.From(advisor.Consult(advisor.ProfileLoader.Load(Repository.Example(name))));
    })).Value;

    /// <summary>The shipped report of an example profile.</summary>
    public static string Markdown(string example) => ReportRenderer.Shipped().Render(View(example));
}
