using System.Text;
using ExpertRig.Cli.Precompiled;
using ExpertRig.Engine;
using ExpertRig.Engine.Compilation;
using ExpertRig.Rules;
using ExpertRig.Verification.Tests.Support;

namespace ExpertRig.Verification.Tests.KnowledgeBase;

/// <summary>
/// The native binary runs the rules' conditions, join keys and actions as C# the precompiler generated from their
/// expression trees (<see cref="RuleDelegates"/>), and takes their metadata as read at build time. These tests hold
/// the generated code to the trees: every tree has a method, and over every example and scenario profile, every
/// example build and a seeded sweep of generated profiles, a rule base running the generated code fires the same rules
/// on the same facts, in the same order, and concludes the same facts as one running the trees.
/// </summary>
public sealed class GeneratedRuleCodeTests
{
    private const int GeneratedProfiles = 300;

    [Fact]
    public void EveryConditionJoinKeyAndAction_HasAGeneratedMethod()
    {
        RuleDelegates.Interpreted.ShouldBeEmpty();
        RuleDelegates.Count.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void GeneratedMetadata_IsWhatTheRuleAttributesSay()
    {
        var generated = new RuleRepository().Load(RuleRegistry.All).Compile(RuleDelegates.Rules).Rules;
        var read = new RuleRepository().Load(RuleRegistry.All).Compile(PrecompiledRules.None).Rules;

        generated.Count.ShouldBe(read.Count);
        RuleDelegates.Rules.Metadata.Count.ShouldBe(read.Count);
        for (var i = 0; i < read.Count; i++)
        {
            var (actual, expected) = (generated[i], read[i]);
            actual.ShouldNotBeSameAs(expected);
            (actual with { Tags = [] }).ShouldBe(expected with { Tags = [] }, expected.Name);
            actual.Tags.ShouldBe(expected.Tags, expected.Name);
        }
    }

    [Fact]
    public void ThePrecompiledRuleBase_FiresTheSameRulesOnTheSameFacts_AsTheExpressionTrees()
    {
        // As the native binary runs: every rule compiled ahead of time, whole (no Define(), no trees).
        RuleDelegates.CompiledRules.ShouldBe(RuleRegistry.All.Count);
        var (generated, trees) = Advisors(RuleDelegates.Rules);

        SameJournals(generated, trees);
    }

    [Fact]
    public void GeneratedDelegatesFoundByFingerprint_FireTheSameRulesOnTheSameFacts_AsTheExpressionTrees()
    {
        // A rule the precompiler could not write whole is compiled from Define() and finds its delegates by the
        // fingerprints of its trees: every rule that way here.
        var counting = new CountingRules(RuleDelegates.Rules);
        var (generated, trees) = Advisors(counting.Rules);

        SameJournals(generated, trees);
        counting.Found.ShouldBeGreaterThan(0);
        counting.Missing.ShouldBe(0, "a tree run by the consultations had no generated method");
    }

    private static void SameJournals(Advisor.Advisor generated, Advisor.Advisor trees)
    {
        var compared = 0;
        foreach (var (name, consult) in Consultations())
        {
            Journal(consult(generated)).ShouldBe(Journal(consult(trees)), name);
            compared++;
        }

        compared.ShouldBeGreaterThan(GeneratedProfiles);
    }

    [Fact]
    public void TheComparison_SeesAGeneratedConditionThatDecidesOtherwise()
    {
        // Every generated condition negated: the journals must then differ, or the comparison above proves nothing.
        var negated = new PrecompiledRules
        {
            // Found by fingerprint (no whole precompiled rules), so that every condition goes through this lookup.
            Delegates = fingerprint => RuleDelegates.Rules.Delegates(fingerprint) switch
            {
                Func<object, object?[], bool> condition => new Func<object, object?[], bool>((fact, tuple) => !condition(fact, tuple)),
                var other => other,
            },
        };
        var (wrong, trees) = Advisors(negated);
        var (name, consult) = Consultations().First();

        string Outcome(Advisor.Advisor advisor)
        {
            try
            {
                return Journal(consult(advisor));
            }
            catch (RuleFiringLimitException error)
            {
                // Negated, the ranking rules undo each other for ever: a difference the comparison sees too.
                return error.Message;
            }
        }

        Outcome(wrong).ShouldNotBe(Outcome(trees), name);
    }

    private static (Advisor.Advisor Generated, Advisor.Advisor Trees) Advisors(PrecompiledRules generated)
    {
        var shipped = Advisor.Advisor.Default;
        return (
            new Advisor.Advisor(shipped.Knowledge, shipped.Archetypes, new RuleRepository().Load(RuleRegistry.All).Compile(generated)),
            new Advisor.Advisor(shipped.Knowledge, shipped.Archetypes, new RuleRepository().Load(RuleRegistry.All).Compile(PrecompiledRules.None)));
    }

    private static IEnumerable<(string Name, Func<Advisor.Advisor, Advisor.Consultation> Consult)> Consultations()
    {
        var loader = Advisor.Advisor.Default.ProfileLoader;
        var catalog = Advisor.Advisor.Default.Knowledge.Catalog;
        foreach (var file in Repository.ExampleProfiles.Concat(Scenarios.ScenarioProfiles))
        {
            var profile = loader.Load(file);
            yield return (Path.GetFileName(file), advisor => advisor.Consult(profile));
        }

        foreach (var file in Repository.ExampleBuilds)
        {
            var build = Advisor.BuildFile.Load(file, catalog);
            foreach (var needs in Repository.ExampleProfiles)
            {
                var profile = loader.Load(needs);
                yield return ($"{Path.GetFileName(file)} + {Path.GetFileName(needs)}", advisor => advisor.Check(build, profile));
            }
        }

        var index = 0;
        foreach (var profile in Scenarios.Generated(GeneratedProfiles, seed: 20261207))
        {
            yield return ($"generated #{index++}", advisor => advisor.Consult(profile));
        }
    }

    // Every firing: the rule, the facts it matched, and the facts it inserted, updated and retracted, in full.
    private static string Journal(Advisor.Consultation consultation)
    {
        var text = new StringBuilder();
        foreach (var firing in consultation.Session.Journal)
        {
            text.Append(firing).Append('\n');
            foreach (var fact in firing.Inserted)
            {
                text.Append("  + ").Append(fact).Append('\n');
            }

            foreach (var fact in firing.Updated)
            {
                text.Append("  ~ ").Append(fact).Append('\n');
            }

            foreach (var fact in firing.Retracted)
            {
                text.Append("  - ").Append(fact).Append('\n');
            }
        }

        return text.ToString();
    }

    private sealed class CountingRules(PrecompiledRules inner)
    {
        private int found;
        private int missing;

        public int Found => found;

        public int Missing => missing;

        public PrecompiledRules Rules => new()
        {
            Delegates = fingerprint =>
            {
                var generated = inner.Delegates(fingerprint);
                Interlocked.Increment(ref generated is null ? ref missing : ref found);
                return generated;
            },
            Metadata = inner.Metadata,
        };
    }
}
