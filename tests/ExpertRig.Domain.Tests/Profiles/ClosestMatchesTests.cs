using ExpertRig.Domain.Profiles;

namespace ExpertRig.Domain.Tests.Profiles;

public sealed class ClosestMatchesTests
{
    private static readonly string[] Keys = ["workloads", "concurrent_users", "budget_usd", "hours_per_day", "os"];

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("same", "same", 0)]
    [InlineData("flaw", "lawn", 2)]
    public void Returns_EditDistance(string a, string b, int expected)
    {
        ClosestMatches.Distance(a, b).ShouldBe(expected);
        ClosestMatches.Distance(b, a).ShouldBe(expected);
    }

    [Theory]
    [InlineData("budget", "budget_usd")]
    [InlineData("BudgetUSD", "budget_usd")]
    [InlineData("users", "concurrent_users")]
    [InlineData("workload", "workloads")]
    [InlineData("hours_per_dya", "hours_per_day")]
    public void Returns_IntendedKey_FirstForTypo(string typed, string intended)
    {
        ClosestMatches.Find(typed, Keys)[0].ShouldBe(intended);
    }

    [Fact]
    public void Returns_Nothing_ForUnrelatedOrHugeInput()
    {
        ClosestMatches.Find("xyzzy", Keys).ShouldBeEmpty();
        ClosestMatches.Find(new string('b', 10_000), Keys).ShouldBeEmpty();
    }

    [Fact]
    public void Returns_AtMostThree_ClosestFirst()
    {
        var matches = ClosestMatches.Find("70b", ["llama-3-70b", "deepseek-r1-70b", "qwen-2.5-72b", "mistral-7b", "llama-2-70b", "x-70b"]);

        matches.Count.ShouldBe(3);
        matches.ShouldAllBe(match => match.EndsWith("70b"));
    }
}
