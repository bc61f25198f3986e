namespace ExpertRig.Engine.Audit;

/// <summary>
/// Why a rule did or did not fire. For a rule that did not, the first pattern with no surviving candidate and the
/// condition that removed the last one, as source text (like CLIPS <c>(matches)</c>).
/// </summary>
/// <param name="RuleName">The rule asked about.</param>
/// <param name="Fired">The rule fired at least once in this session.</param>
/// <param name="Matches">The tuples the rule currently matches (fired or waiting).</param>
/// <param name="PatternIndex">0-based index of the first failing pattern, or null when the rule matches.</param>
/// <param name="Pattern">The failing pattern, e.g. <c>Match&lt;Gpu&gt; gpu</c>.</param>
/// <param name="Condition">The condition that removed the last candidate, or null when there were no candidates.</param>
/// <param name="CandidatesBefore">How many candidates that condition saw.</param>
/// <param name="Explanation">The whole answer as one readable sentence.</param>
public sealed record WhyNotReport(
    string RuleName,
    bool Fired,
    IReadOnlyList<IReadOnlyList<MatchedFact>> Matches,
    int? PatternIndex,
    string? Pattern,
    string? Condition,
    int CandidatesBefore,
    string Explanation);
