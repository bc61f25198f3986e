using CsCheck;
using ExpertRig.Domain.Profiles;
using ExpertRig.Engine.Runtime;
using ExpertRig.Verification.Tests.Support;
using Xunit.Abstractions;

namespace ExpertRig.Engine.Tests.Legacy;

/// <summary>
/// Issue 11's differential test: the shipped knowledge base, consulted on the re-matching engine and on the
/// incremental one over the consistency sweep's profiles, gives the same facts and the same firings: each rule on the
/// same facts, with the same effects, at the same place in the sequence of priorities. Only the order of firings of
/// equal priority may differ (the new agenda orders them by firing stamp before rule order; see ADR 0001).
/// </summary>
public sealed class DifferentialTests(ITestOutputHelper log)
{
    private static readonly int Profiles =
        int.TryParse(Environment.GetEnvironmentVariable("EXPERTRIG_DIFFERENTIAL"), out var n) && n > 0 ? n : 300;

    [Fact]
    public void OldAndNewMatcher_GiveTheSameJournalAndFacts()
    {
        var shipped = Advisor.Advisor.Default;
        var incremental = new Advisor.Advisor(shipped.Knowledge, shipped.Archetypes, Rules.KnowledgeBase.Factory);
        var legacy = new Advisor.Advisor(shipped.Knowledge, shipped.Archetypes,
            new LegacySessionFactory(((SessionFactory)Rules.KnowledgeBase.Factory).CompiledRules));
        var pcg = new PCG(1, 20260402);
        var problems = new List<string>();
        var orderOnly = 0;
        for (var i = 0; i < Profiles; i++)
        {
            var profile = ProfileSpace.Profiles.Generate(pcg, null, out Size _);
            var before = legacy.Consult(profile).Session;
            var after = incremental.Consult(profile).Session;
            var oldFacts = Facts(before);
            var newFacts = Facts(after);
            var oldJournal = Journal(before);
            var newJournal = Journal(after);
            if (!oldFacts.SequenceEqual(newFacts))
            {
                problems.Add($"profile #{i}: facts differ: {First(oldFacts, newFacts)}");
            }
            else if (!oldJournal.SequenceEqual(newJournal))
            {
                var oldSorted = oldJournal.Order(StringComparer.Ordinal).ToList();
                var newSorted = newJournal.Order(StringComparer.Ordinal).ToList();
                if (oldSorted.SequenceEqual(newSorted) && Priorities(before).SequenceEqual(Priorities(after)))
                {
                    orderOnly++;
                    continue;
                }

                problems.Add($"profile #{i}: journals differ: {First(oldJournal, newJournal)}; sorted: {First(oldSorted, newSorted)}; only old: {string.Join(" | ", oldSorted.Except(newSorted).Take(3))}; only new: {string.Join(" | ", newSorted.Except(oldSorted).Take(3))}");
            }
        }

        log.WriteLine($"{Profiles} profiles, {problems.Count} differ ({orderOnly} only in the order of firings)");
        problems.ShouldBeEmpty(string.Join("\n", problems.Take(3)));
    }

    // Facts in insertion order follow the firing order, so they are compared as a sorted list.
    private static List<string> Facts(ISession session) =>
        [.. session.Query<object>().Select(f => $"{f.GetType().Name}: {FactText.Of(f)}").Order(StringComparer.Ordinal)];

    private static List<int> Priorities(ISession session) => [.. session.Journal.Select(r => r.Rule.Priority)];

    // A collected list follows the facts' insertion order, which follows the firing order: compared sorted.
    private static List<string> Journal(ISession session) =>
        [.. session.Journal.Select(r => $"{r.Rule.Name}({string.Join(", ", r.Facts.Select(Text))}) +{r.Inserted.Count} ~{r.Updated.Count} -{r.Retracted.Count}")];

    private static string Text(MatchedFact fact) => fact.Value is System.Collections.IEnumerable list and not string
        ? $"{fact.Name} = [{string.Join(", ", list.Cast<object>().Select(FactText.Of).Order(StringComparer.Ordinal))}]"
        : fact.ToString();

    private static string First(List<string> expected, List<string> actual)
    {
        var at = 0;
        while (at < expected.Count && at < actual.Count && expected[at] == actual[at])
        {
            at++;
        }

        return $"at {at} of {expected.Count}/{actual.Count}: old «{expected.ElementAtOrDefault(at)}» new «{actual.ElementAtOrDefault(at)}»";
    }
}
