using ExpertRig.Domain.Builds;
using ExpertRig.Rules.Configuration;
using ExpertRig.Rules.Tests.Support;
using static ExpertRig.Rules.Tests.Configuration.ConfigurationFacts;

namespace ExpertRig.Rules.Tests.Configuration;

public sealed class ConfigureBuildRuleTests
{
    [Fact]
    public void Fires_OncePerArchetype_WhenRequirementsAndWorkloadsArePresent()
    {
        var session = RuleTestSession.For<ConfigureBuildRule>()
            .With(Requirements(), Need(), Archetype("tier1-rtx5090"), Archetype("dgx-spark"))
            .Fire();

        session.Query<Build>().Select(b => b.Archetype).ShouldBe(["tier1-rtx5090", "dgx-spark"]);
        session.Query<Build>()[0].Components.ShouldNotBeEmpty();
    }

    [Fact]
    public void DoesNotFire_WithoutAWorkload() =>
        RuleTestSession.For<ConfigureBuildRule>().With(Requirements(), Archetype("tier1-rtx5090")).Fire()
            .Query<Build>().ShouldBeEmpty();

    [Fact]
    public void Reconfigures_WhenAWorkloadArrives_AndRetractsTheBuild_WhenTheArchetypeGoes()
    {
        var archetype = Archetype("single-rtx4090");
        var session = RuleTestSession.For<ConfigureBuildRule>().With(Requirements(), Need(), archetype).Fire();
        session.Session.Insert(Need("llama-3-70b", index: 1));
        session.Fire();

        session.Query<Build>().Single().Archetype.ShouldBe("single-rtx4090");
        session.Session.Retract(archetype);
        session.Query<Build>().ShouldBeEmpty();
    }
}
