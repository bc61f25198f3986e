using CsCheck;
using ExpertRig.Domain.Facts;
using ExpertRig.Rules.Framework;
using ExpertRig.Rules.Tests.Support;
using static ExpertRig.Rules.Tests.Framework.TestFacts;
using ExpertRig.Domain.Framework;

namespace ExpertRig.Rules.Tests.Framework;

public sealed class GuideClassesTests
{
    private static readonly Gen<WorkloadNeed[]> Profiles =
        Gen.Int[0, TestKnowledge.Catalog.Models.Count - 1].Array[1, 8]
            .Select(picks => picks.Select((pick, index) => Need(TestKnowledge.Catalog.Models[pick].Id, index: index)).ToArray());

    [Fact]
    public void IsLargerThan_LeavesExactlyOneLargestWorkload_InAnyProfile() =>
        Profiles.Sample(needs =>
        {
            var largest = needs.Where(need => !needs.Any(other => GuideClasses.IsLargerThan(other, need))).ToList();
            return largest.Count == 1 && largest[0].Model.ParamsTotalB == needs.Max(n => n.Model.ParamsTotalB);
        });

    [Theory]
    [InlineData("llama-3-70b", true)]
    [InlineData("qwen-2.5-72b", true)]
    [InlineData("deepseek-r1-70b", true)]
    [InlineData("mixtral-8x7b", false)]
    [InlineData("qwen-2.5-32b", false)]
    [InlineData("llama-3.1-405b", false)]
    public void Is70BClass_MatchesTheGuides70BModels(string modelId, bool expected) =>
        GuideClasses.Is70BClass(TestKnowledge.Catalog.FindModel(modelId)).ShouldBe(expected);

    [Theory]
    [InlineData("Q3_K_L", true)]
    [InlineData("Q2_K", true)]
    [InlineData("IQ3_M", true)]
    [InlineData("Q4_K_S", false)]
    [InlineData("IQ4_XS", false)]
    [InlineData("exl2-4.0", false)]
    public void IsBelowQ4_GoesByTheNominalBlockFormat(string quantId, bool expected) =>
        GuideClasses.IsBelowQ4(TestKnowledge.Catalog.FindQuantization(quantId)).ShouldBe(expected);
}
