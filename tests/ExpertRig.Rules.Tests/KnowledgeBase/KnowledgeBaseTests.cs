using System.Text.RegularExpressions;

namespace ExpertRig.Rules.Tests.KnowledgeBase;

public sealed partial class KnowledgeBaseTests
{
    [Fact]
    public void TheKnowledgeBase_Compiles_WithAUniqueNameAndADescriptionPerRule()
    {
        var rules = Rules.KnowledgeBase.Rules;

        rules.Count.ShouldBeGreaterThan(40);
        rules.Select(r => r.Name).ShouldBeUnique();
        rules.ShouldAllBe(r => r.Description.Length > 20);
    }

    [Fact]
    public void EveryRule_HasASourceAndATag() =>
        Rules.KnowledgeBase.Rules.Where(r => string.IsNullOrWhiteSpace(r.Source) || r.Tags.Count == 0)
            .Select(r => r.Name).ShouldBeEmpty();

    [Fact]
    public void EveryRuleName_IsKebabCase() =>
        Rules.KnowledgeBase.Rules.Select(r => r.Name).Where(n => !KebabCase().IsMatch(n)).ShouldBeEmpty();

    [Fact]
    public void EveryRule_HasItsOwnFixture()
    {
        var fixtures = typeof(KnowledgeBaseTests).Assembly.GetTypes().Select(t => t.Name).ToHashSet();

        Rules.KnowledgeBase.Rules.Select(r => r.RuleType.Name).Where(n => !fixtures.Contains(n + "Tests")).ShouldBeEmpty();
    }

    [Fact]
    public void RulesMd_IsGeneratedFromTheRuleMetadata()
    {
        var path = Repository.Path("docs", "rules.md");
        var expected = RulesDocument.Render(Rules.KnowledgeBase.Rules);
        if (Environment.GetEnvironmentVariable("EXPERTRIG_REGENERATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        File.Exists(path).ShouldBeTrue("docs/rules.md is missing: run with EXPERTRIG_REGENERATE_DOCS=1");
        File.ReadAllText(path).ShouldBe(expected, "docs/rules.md is stale: run with EXPERTRIG_REGENERATE_DOCS=1");
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();
}
