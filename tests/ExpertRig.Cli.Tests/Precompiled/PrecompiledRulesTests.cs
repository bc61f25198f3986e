using ExpertRig.Cli.Precompiled;
using ExpertRig.Engine.Compilation;
using ExpertRig.Precompiler;
using ExpertRig.Rules;

namespace ExpertRig.Cli.Tests.Precompiled;

/// <summary>
/// The native binary takes its compiled rules from <see cref="RuleDelegates"/>, written at build time from the
/// engine's compilation of the rule classes (so <c>Define()</c> does not run at start-up). Every member of every
/// compiled rule but its delegates must be what the engine makes of the rule class (the delegates are held to the
/// expression trees by GeneratedRuleCodeTests in the Verification tests).
/// </summary>
public sealed class PrecompiledRulesTests
{
    [Fact]
    public void EveryRuleClass_IsCompiledAheadOfTime()
    {
        RuleDelegates.CompiledRules.ShouldBe(RuleRegistry.All.Count);
        RuleDelegates.Interpreted.ShouldBeEmpty();
    }

    [Fact]
    public void PrecompiledRules_AreWhatTheEngineCompilesFromTheRuleClasses()
    {
        var precompiled = RuleDescription.Of(RuleRegistry.All, RuleDelegates.Rules);
        var compiled = RuleDescription.Of(RuleRegistry.All, PrecompiledRules.None);

        precompiled.Count.ShouldBe(compiled.Count);
        for (var i = 0; i < compiled.Count; i++)
        {
            precompiled[i].ShouldBe(compiled[i]);
        }
    }
}
